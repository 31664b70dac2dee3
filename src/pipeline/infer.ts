import { decode } from '../context/decode.js'
import { blockShare, gapsBefore, STACK_NAMES, stackContext, stackRow } from '../context/stack.js'
import { FEATURE_COUNT, FEATURE_NAMES } from '../features/document.js'
import type { Model } from '../model/model.js'
import { softmax } from '../model/softmax.js'
import { explain, explainable, type ExplainContext } from '../reasons/explain.js'
import { LABELS, type ClassifiedLine, type ClassifyOptions, type Role } from '../types.js'
import type { Prepared } from './prepare.js'

const K = LABELS.length
const BODY = LABELS.indexOf('body')
const UI = LABELS.indexOf('ui')
/** Line-model probability above which the context model is not consulted. */
const SURE = 0.99
const STACKED_NAMES = [...FEATURE_NAMES, ...STACK_NAMES]

/** Per-line label probabilities of the line model (n × K). */
export function lineProbabilities(model: Model, p: Prepared): Float64Array {
  const n = p.lines.length
  const probs = new Float64Array(n * K)
  const row = new Float32Array(FEATURE_COUNT)
  const z = new Float64Array(K)
  for (let i = 0; i < n; i++) {
    model.line.logits(p.doc.row(i, row), z)
    softmax(z, K)
    probs.set(z, i * K)
  }
  return probs
}

/** Label every line of a prepared document. */
export function infer(model: Model, p: Prepared, options: ClassifyOptions): ClassifiedLine[] {
  const n = p.lines.length
  if (n === 0) return []
  const { temperature, prior, transition } = model.data.decode
  const probs = lineProbabilities(model, p)
  const gaps = gapsBefore(p.lines)
  const stack = model.context ? stackContext(probs, gaps, n) : undefined
  const base = new Float32Array(FEATURE_COUNT)
  const stacked = new Float32Array(FEATURE_COUNT + STACK_NAMES.length)
  const vector = (i: number): Float32Array => {
    p.doc.row(i, base)
    return model.context ? stackRow(i, base, stack!, stacked) : base
  }
  const final = model.context ?? model.line
  const names = model.context ? STACKED_NAMES : FEATURE_NAMES
  const wantReasons = options.reasons !== false
  const mask = wantReasons ? explainable(names) : undefined
  const contrib = new Float64Array(final.features)
  const z = new Float64Array(K)
  const roleScores = new Float64Array(8)
  /** What the wording of line i's reasons may draw on. */
  const about = (i: number, featureNames: readonly string[]): ExplainContext => ({
    info: p.doc.infos[i]!,
    names: featureNames,
    run: p.doc.run[i]!,
    listRun: p.doc.listRun[i]!,
    duplicates: p.doc.duplicates[i]!,
    repeats: p.doc.repeats[i]! >= 0 ? p.lines[p.doc.repeats[i]!]!.line : -1,
  })
  const explainLine = (i: number, x: Float32Array, label: number): string[] =>
    wantReasons ? explain(final.contributions(x, label, contrib, mask), about(i, names)) : []
  const roleOf = (x: Float32Array, label: number): Role | undefined => {
    const roleModel = model.roles[LABELS[label]!]
    if (!roleModel) return undefined
    const r = roleModel.logits(x, roleScores)
    let best = 0
    for (let c = 1; c < roleModel.classes.length; c++) if (r[c]! > r[best]!) best = c
    return (roleModel.classes[best] || undefined) as Role | undefined
  }

  // Where the line model is sure, the context model agrees (measured on
  // unseen pages: 99.8% of the lines above SURE, two thirds of all lines), so
  // its network is skipped there; decoding still weighs the neighbours.
  const lineMask = wantReasons && model.context ? explainable(FEATURE_NAMES) : undefined
  const lineContrib = new Float64Array(FEATURE_COUNT)
  const zLine = new Float64Array(K)
  const explainSure = (i: number, label: number): string[] => {
    model.line.logits(base, zLine)
    const out = explain(model.line.contributions(base, label, lineContrib, lineMask), about(i, FEATURE_NAMES), 2)
    if (blockShare(stack!, i, label) >= 0.5) out.unshift(`inside a ${LABELS[label]} block`)
    return out
  }

  // One pass: emissions, and the reasons and role of each line's own best
  // label (decoding rarely changes it; changed lines are redone below).
  const emission = new Float64Array(n * K)
  const own = new Uint8Array(n)
  const reasons = new Array<string[]>(n)
  const roles = new Array<Role | undefined>(n)
  for (let i = 0; i < n; i++) {
    const x = vector(i)
    let best = 0
    for (let c = 1; c < K; c++) if (probs[i * K + c]! > probs[i * K + best]!) best = c
    if (model.context && probs[i * K + best]! > SURE) {
      for (let c = 0; c < K; c++) z[c] = probs[i * K + c]!
      reasons[i] = wantReasons ? explainSure(i, best) : []
    } else {
      final.logits(x, z)
      best = 0
      for (let c = 1; c < K; c++) if (z[c]! > z[best]!) best = c
      reasons[i] = explainLine(i, x, best)
      softmax(z, K, temperature)
    }
    own[i] = best
    roles[i] = roleOf(x, best)
    for (let c = 0; c < K; c++) emission[i * K + c] = Math.log(z[c]! + 1e-12) - prior * model.data.logPriors[c]!
  }
  const useContext = options.context !== false && transition > 0
  const decoded = useContext ? decode(emission, gaps, K, model.data.transitions, { transition }) : undefined

  const labelOf = (j: number): number => (decoded ? decoded.path[j]! : own[j]!)
  const plain = (c: number): boolean => c === BODY || c === UI
  /**
   * The guideline's pull quote: a sentence of a nearby paragraph (not of a
   * caption: that repeat is a credit or a caption shown twice) shown again.
   * A repeat the model reads as a heading (a quoted subheading), a consent
   * purpose or a byline, alone and in context, keeps that label, and so does
   * a line repeating a banner's or a footer's text. A repeat that reads as
   * body or ui alone but heading among paragraphs is a pull quote (on the
   * labeled pages: 9 pull quotes more, 1 quoted subheading lost).
   */
  const isPullQuote = (source: number, label: number, alone: number): boolean =>
    labelOf(source) === BODY && !(own[source] === BODY && roles[source] === 'caption') && (plain(label) || plain(alone))
  const out = new Array<ClassifiedLine>(n)
  for (let i = 0; i < n; i++) {
    const label = labelOf(i)
    let confidence: number
    if (decoded) {
      confidence = decoded.posterior[i * K + label]!
    } else {
      let s = 0
      for (let c = 0; c < K; c++) s += Math.exp(emission[i * K + c]!)
      confidence = Math.exp(emission[i * K + label]!) / s
    }
    let lineReasons = reasons[i]!
    let role = roles[i]
    if (label !== own[i]) {
      const x = vector(i)
      final.logits(x, z)
      lineReasons = explainLine(i, x, label)
      role = roleOf(x, label)
      if (wantReasons) lineReasons.push(`context: the line alone reads as ${LABELS[own[i]!]}, its neighbours make it ${LABELS[label]}`)
    }
    const entry: ClassifiedLine = {
      line: p.lines[i]!.line,
      text: p.lines[i]!.text,
      label: LABELS[label]!,
      confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 1000) / 1000,
      reasons: lineReasons,
    }
    const source = p.doc.repeats[i]!
    if (source >= 0 && isPullQuote(source, label, own[i]!)) {
      entry.label = 'ui'
      entry.role = 'pullquote'
      if (wantReasons && !entry.reasons[0]?.startsWith('repeats')) entry.reasons.unshift(`repeats line ${p.lines[source]!.line} (pull quote)`)
    } else if (role) entry.role = role
    out[i] = entry
  }
  return out
}
