import type { Transitions } from '../context/decode.js'
import { LABELS, type Label } from '../types.js'
import type { Mlp } from './mlp.js'
import { mlpScorer, softmaxScorer, type Scorer } from './scorer.js'
import type { Softmax } from './softmax.js'

/** The trained model, as `npm run train` writes it to weights.json. */
export interface ModelData {
  version: number
  /** Feature names, in vector order (checked against the code at load). */
  features: readonly string[]
  /** The line model over LABELS. */
  line: Mlp
  /** Per label, a model over its roles plus '' (no role). */
  roles: Partial<Record<Label, Softmax>>
  /** Context model: line features plus neighbours' line-model probabilities. */
  context?: Mlp
  /** log P(label) in the training data. */
  logPriors: readonly number[]
  transitions: Transitions
  decode: {
    /** Softmax temperature for calibrated confidences. */
    temperature: number
    /** Share of the log prior removed from emissions (0..1). */
    prior: number
    /** Weight of the transition scores. */
    transition: number
  }
  /** What the model was trained on: counts, and the documents' ids (for honest evaluation). */
  trainedOn: { documents: number; lines: number; ids?: readonly string[] }
}

/** A model ready for the hot path. */
export interface Model {
  data: ModelData
  line: Scorer
  context: Scorer | undefined
  roles: Partial<Record<Label, Scorer>>
}

export function loadModel(data: ModelData, featureNames: readonly string[]): Model {
  if (data.features.length !== featureNames.length || data.features.some((f, i) => f !== featureNames[i])) {
    throw new Error(`linesift model was trained on other features (${data.features.length} vs ${featureNames.length}); run npm run train`)
  }
  if (data.line.classes.join() !== LABELS.join()) throw new Error('linesift model: unexpected label order')
  const roles: Partial<Record<Label, Scorer>> = {}
  for (const [label, m] of Object.entries(data.roles)) roles[label as Label] = softmaxScorer(m)
  return { data, line: mlpScorer(data.line), context: data.context ? mlpScorer(data.context) : undefined, roles }
}
