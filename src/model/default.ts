import { FEATURE_NAMES } from '../features/document.js'
import { STACK_NAMES } from '../context/stack.js'
import { loadModel, type Model, type ModelData } from './model.js'
import weights from './weights.json' with { type: 'json' }

let model: Model | undefined

/** The model shipped with the package (weights.json, written by `npm run train`). */
export function defaultModel(): Model {
  model ??= loadModel(weights as unknown as ModelData, FEATURE_NAMES)
  return model
}

/** Build a model from trained data (for `eval --cv` and custom training). */
export function modelFrom(data: ModelData): Model {
  return loadModel(data, FEATURE_NAMES)
}

export { STACK_NAMES }
