import { learnTransitions } from '../context/decode.js'
import { gapsBefore, STACK_NAMES, stackContext, stackRow } from '../context/stack.js'
import { FEATURE_COUNT, FEATURE_NAMES } from '../features/document.js'
import { prepare } from '../pipeline/prepare.js'
import type { LabeledDocument } from '../testing/labeled.js'
import { LABELS, ROLES, type Label } from '../types.js'
import { fitSoftmax, type FitOptions } from './fit.js'
import type { ModelData } from './model.js'
import { compact, snippets } from './augment.js'
import { fitEnsemble, type Mlp, type MlpOptions } from './mlp.js'
import { mlpScorer } from './scorer.js'
import { softmax, type Softmax } from './softmax.js'

const K = LABELS.length
const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]))

/**
 * How many times a real scraped page counts against a fixture we wrote
 * (`npm run train`, scripts/cv.ts). Measured by 5-fold CV over 343 pages:
 * weight 3 took the real pages from 93.8 to 94.7 % accuracy (heading F1
 * 63.9 -> 69.9) for 0.3 points of macro-F1 on the fixtures.
 */
export const REAL_WEIGHT = 3

/** A training document turned into feature rows. */
export interface TrainingDocument {
  /** The document's `# id:` header, if any. */
  id?: string
  /** Documents of one group (a document and its augmented copies) share out-of-fold folds. */
  group?: number
  rows: Float32Array
  labels: Int32Array
  roles: string[]
  gaps: Uint8Array
  n: number
  /** How many times its rows count in the networks' training (default 1; role models, priors and transitions count each document once). */
  weight?: number
}

export interface TrainOptions extends FitOptions {
  /** Options of the line and context networks. */
  mlp?: MlpOptions
  /** Class balancing of the line model, whose probabilities feed the context model (default 0: calibrated). */
  lineBalance?: number
  /** Folds for the out-of-fold line probabilities the context model learns from (default 4). */
  folds?: number
  decode?: Partial<ModelData['decode']>
  /** Networks of different seeds averaged into each model (default 3). */
  members?: number
}

/**
 * Featurise documents for training: each document, and (with `augment`,
 * the default) its compacted copy, short snippets of it and, for languages
 * other than English, the page read without its pack, all in one group.
 */
export function trainingSet<D extends LabeledDocument>(docs: readonly D[], augment = true, weightOf?: (doc: D) => number): TrainingDocument[][] {
  return docs.map((doc, i) => {
    const group = featurise(augment ? [doc, compact(doc), ...snippets(doc)] : [doc])
    // The same page read without its language pack (English and common
    // tokens only), as at inference on a language linesift has no pack for.
    if (augment && doc.header.lang && doc.header.lang !== 'en') group.push(...featurise([{ ...doc, header: { ...doc.header, id: `${doc.header.id ?? 'doc'}~no-pack` } }], false))
    const weight = weightOf?.(doc) ?? 1
    for (const d of group) {
      d.group = i
      if (weight !== 1) d.weight = weight
    }
    return group
  })
}

/** Featurise labeled documents (language detected as at inference); `usePack: false` reads them without their pack. */
export function featurise(docs: readonly LabeledDocument[], usePack = true): TrainingDocument[] {
  return docs.map((doc) => {
    const p = prepare(doc.text, {}, false, usePack)
    const n = p.lines.length
    const byLine = new Map(doc.lines.map((l) => [l.line, l]))
    const rows = new Float32Array(n * FEATURE_COUNT)
    const labels = new Int32Array(n)
    const roles: string[] = []
    const row = new Float32Array(FEATURE_COUNT)
    for (let i = 0; i < n; i++) {
      const gold = byLine.get(p.lines[i]!.line)
      if (!gold) throw new Error(`training document ${doc.header.id ?? '?'}: line ${p.lines[i]!.line} has no label`)
      rows.set(p.doc.row(i, row), i * FEATURE_COUNT)
      labels[i] = LABEL_INDEX.get(gold.label)!
      roles.push(gold.role ?? '')
    }
    return { id: doc.header.id, rows, labels, roles, gaps: gapsBefore(p.lines), n }
  })
}

function concat(docs: readonly TrainingDocument[], width: number, pick: (d: TrainingDocument) => Float32Array = (d) => d.rows): { x: Float32Array; y: Int32Array } {
  const total = docs.reduce((s, d) => s + d.n * (d.weight ?? 1), 0)
  const x = new Float32Array(total * width)
  const y = new Int32Array(total)
  let off = 0
  for (const d of docs) {
    const rows = pick(d)
    for (let r = 0; r < (d.weight ?? 1); r++) {
      x.set(rows, off * width)
      y.set(d.labels, off)
      off += d.n
    }
  }
  return { x, y }
}

function predictProbs(model: Mlp, d: TrainingDocument): Float64Array {
  const scorer = mlpScorer(model)
  const probs = new Float64Array(d.n * K)
  const z = new Float64Array(K)
  for (let i = 0; i < d.n; i++) {
    scorer.logits(d.rows.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT), z)
    probs.set(softmax(z, K), i * K)
  }
  return probs
}

/** Rows of line features plus neighbours' probabilities. */
function stacked(d: TrainingDocument, probs: Float64Array): Float32Array {
  const width = FEATURE_COUNT + STACK_NAMES.length
  const out = new Float32Array(d.n * width)
  const ctx = stackContext(probs, d.gaps, d.n)
  const buf = new Float32Array(width)
  for (let i = 0; i < d.n; i++) out.set(stackRow(i, d.rows.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT), ctx, buf), i * width)
  return out
}

/**
 * Train the whole model: the line model, a context model on out-of-fold
 * line probabilities, one role model per label, and label transitions.
 */
export function train(docs: readonly TrainingDocument[], options: TrainOptions = {}): ModelData {
  const folds = Math.min(options.folds ?? 4, docs.length)
  const all = concat(docs, FEATURE_COUNT)
  const lineOptions: MlpOptions = { ...options.mlp, balance: options.lineBalance ?? 0 }
  const members = options.members ?? 3
  const line = fitEnsemble(all.x, all.y, FEATURE_COUNT, LABELS, lineOptions, members)

  // Out-of-fold probabilities, so the context model learns from honest neighbours.
  const oof = new Map<TrainingDocument, Float64Array>()
  for (let f = 0; f < folds; f++) {
    const fold = (d: TrainingDocument, i: number): number => (d.group ?? i) % folds
    const held = docs.filter((d, i) => fold(d, i) === f)
    const rest = docs.filter((d, i) => fold(d, i) !== f)
    const part = concat(rest, FEATURE_COUNT)
    const m = fitEnsemble(part.x, part.y, FEATURE_COUNT, LABELS, lineOptions, members)
    for (const d of held) oof.set(d, predictProbs(m, d))
  }
  const width = FEATURE_COUNT + STACK_NAMES.length
  const stackedRows = new Map(docs.map((d) => [d, stacked(d, oof.get(d)!)]))
  const ctx = concat(docs, width, (d) => stackedRows.get(d)!)
  const context = fitEnsemble(ctx.x, ctx.y, width, LABELS, { ...options.mlp, balance: options.balance ?? 0.5 }, members)

  const roles: Partial<Record<Label, Softmax>> = {}
  for (const label of LABELS) {
    if (!ROLES[label].length) continue
    const li = LABEL_INDEX.get(label)!
    const classes = ['', ...ROLES[label]]
    const rows: number[] = []
    const ys: number[] = []
    for (const d of docs) {
      const sr = stackedRows.get(d)!
      for (let i = 0; i < d.n; i++) {
        if (d.labels[i] !== li) continue
        rows.push(...sr.subarray(i * width, (i + 1) * width))
        ys.push(Math.max(0, classes.indexOf(d.roles[i]!)))
      }
    }
    if (new Set(ys).size < 2) continue
    roles[label] = fitSoftmax(Float32Array.from(rows), ys, width, classes, { ...options, balance: 0.3, steps: 300 })
  }

  const counts = new Float64Array(K).fill(1)
  for (const d of docs) for (let i = 0; i < d.n; i++) counts[d.labels[i]!]!++
  const total = counts.reduce((a, b) => a + b, 0)
  return {
    version: 1,
    features: [...FEATURE_NAMES],
    line,
    roles,
    context,
    logPriors: Array.from(counts, (c) => Math.round(Math.log(c / total) * 1e4) / 1e4),
    transitions: learnTransitions(docs.map((d) => ({ labels: d.labels, gaps: d.gaps })), K),
    decode: { temperature: 1, prior: 0, transition: 0.4, ...options.decode },
    trainedOn: { documents: new Set(docs.map((d, i) => d.group ?? i)).size, lines: docs.reduce((s, d) => s + d.n, 0), ids: docs.flatMap((d) => (d.id && !d.id.includes('~') ? [d.id] : [])) },
  }
}
