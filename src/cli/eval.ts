import { classifyDocument } from '../classify.js'
import { defaultModel, modelFrom } from '../model/default.js'
import { train, trainingSet, type TrainOptions } from '../model/train.js'
import { evaluate, type EvalDocument } from '../testing/evaluate.js'
import { readLabeledFiles, type LabeledFile } from '../testing/files.js'
import { formatEvaluation } from '../testing/report.js'

export interface EvalOptions {
  json: boolean
  cv?: number
  language?: string
}

/** Score the classifier on labeled files: with the shipped model, or by K-fold cross-validation. */
export function runEval(paths: readonly string[], options: EvalOptions): string {
  const files = readLabeledFiles(paths)
  if (!files.length) throw new Error(`no *.labeled.txt files under ${paths.join(', ')}`)
  const gold: EvalDocument[] = files.map((f) => ({ id: f.header.id ?? f.path, language: f.header.lang, lines: f.lines }))
  const predicted = options.cv ? crossValidate(files, options.cv, options.language) : files.map((f) => classifyDocument(f.text, { language: options.language }))
  const result = evaluate(gold, predicted.map((p) => ({ lines: p.lines })))
  if (options.json) return `${JSON.stringify(result, null, 2)}\n`
  let what = `${options.cv}-fold cross-validation by document over ${files.length} documents (each classified by a model that never saw it)`
  if (!options.cv) {
    const trained = new Set(defaultModel().data.trainedOn.ids ?? [])
    const seen = files.filter((f) => f.header.id && trained.has(f.header.id)).length
    what = `${files.length} documents, shipped model${seen ? ` (${seen} of them were in its training set: use --cv for unseen-document figures)` : ' (none of them in its training set)'}`
  }
  return `linesift eval: ${what}\n\n${formatEvaluation(result)}\n`
}

/** Each document is classified by a model trained on the folds it is not in. */
export function crossValidate(files: readonly LabeledFile[], k: number, language?: string, weightOf?: (doc: LabeledFile) => number): ReturnType<typeof classifyDocument>[] {
  const options = trainOptionsFromEnv()
  const groups = trainingSet(files, process.env.LINESIFT_AUGMENT !== '0', weightOf)
  const out = new Array<ReturnType<typeof classifyDocument>>(files.length)
  for (let f = 0; f < k; f++) {
    const trainOn = groups.filter((_, i) => i % k !== f).flat()
    if (!trainOn.length) continue
    const model = modelFrom(train(trainOn, options))
    files.forEach((file, i) => {
      if (i % k === f) out[i] = classifyDocument(file.text, { language }, model)
    })
  }
  return out
}

/** Developer knobs for tuning runs (LINESIFT_TRAIN='{"balance":0.3}'); empty in normal use. */
function trainOptionsFromEnv(): TrainOptions {
  const raw = process.env.LINESIFT_TRAIN
  return raw ? (JSON.parse(raw) as TrainOptions) : {}
}
