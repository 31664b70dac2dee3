import { LABELS, type Label } from '../types.js'

/** A line with a label, as gold or as predicted (`ClassifiedLine` fits). */
export interface EvalLine {
  line: number
  label: Label
  /** Confidence of the predicted label, for the calibration error. */
  confidence?: number
}

/** A document of lines, with its language for the per-language table. */
export interface EvalDocument {
  id?: string
  /** ISO code, or a LanguageInfo as `classify` results carry it. */
  language?: string | { iso6391: string }
  lines: readonly EvalLine[]
}

export interface LabelScore {
  precision: number
  recall: number
  f1: number
  /** Gold lines of this label. */
  support: number
  /** Predicted lines of this label. */
  predicted: number
}

export interface Scores {
  lines: number
  accuracy: number
  /** Mean F1 over the labels present in gold or prediction. */
  macroF1: number
  perLabel: Record<Label, LabelScore>
  /** confusion[gold][predicted] = lines. */
  confusion: Record<Label, Record<Label, number>>
  /** Expected calibration error over 10 bins (when confidences were given). */
  ece?: number
}

export interface Evaluation extends Scores {
  byLanguage: Record<string, Scores & { documents: number }>
  /** Gold lines without a prediction (counted as wrong). */
  missing: number
}

const zeroRow = (): Record<Label, number> => ({ body: 0, heading: 0, consent: 0, paywall: 0, ui: 0, byline: 0 })

class Tally {
  confusion = Object.fromEntries(LABELS.map((l) => [l, zeroRow()])) as Record<Label, Record<Label, number>>
  bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }))
  calibrated = 0
  lines = 0
  right = 0
  documents = 0

  add(gold: Label, predicted: Label, confidence: number | undefined): void {
    this.confusion[gold][predicted]++
    this.lines++
    if (gold === predicted) this.right++
    if (confidence !== undefined) {
      const bin = this.bins[Math.min(9, Math.max(0, Math.floor(confidence * 10)))]!
      bin.n++
      bin.conf += confidence
      if (gold === predicted) bin.right++
      this.calibrated++
    }
  }

  scores(): Scores {
    const perLabel = {} as Record<Label, LabelScore>
    let sum = 0
    let present = 0
    for (const label of LABELS) {
      const tp = this.confusion[label][label]
      let support = 0
      let predicted = 0
      for (const other of LABELS) {
        support += this.confusion[label][other]
        predicted += this.confusion[other][label]
      }
      const precision = predicted ? tp / predicted : 0
      const recall = support ? tp / support : 0
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
      perLabel[label] = { precision, recall, f1, support, predicted }
      if (support || predicted) {
        sum += f1
        present++
      }
    }
    const result: Scores = {
      lines: this.lines,
      accuracy: this.lines ? this.right / this.lines : 0,
      macroF1: present ? sum / present : 0,
      perLabel,
      confusion: this.confusion,
    }
    if (this.calibrated) {
      let ece = 0
      for (const b of this.bins) if (b.n) ece += (b.n / this.calibrated) * Math.abs(b.right / b.n - b.conf / b.n)
      result.ece = ece
    }
    return result
  }
}

function asDocuments(input: readonly EvalDocument[] | readonly EvalLine[]): readonly EvalDocument[] {
  const first = input[0] as EvalDocument | EvalLine | undefined
  return first && 'label' in first ? [{ lines: input as readonly EvalLine[] }] : (input as readonly EvalDocument[])
}

/**
 * Compare predicted labels with gold labels, line by line (matched on `line`
 * within each document; documents matched by position). A gold line without a
 * prediction counts as wrong; predictions for lines without gold are ignored.
 */
export function evaluate(gold: readonly EvalDocument[] | readonly EvalLine[], predicted: readonly EvalDocument[] | readonly EvalLine[]): Evaluation {
  const goldDocs = asDocuments(gold)
  const predDocs = asDocuments(predicted)
  if (goldDocs.length !== predDocs.length) throw new RangeError(`evaluate: ${goldDocs.length} gold documents but ${predDocs.length} predicted`)
  const all = new Tally()
  const byLanguage = new Map<string, Tally>()
  let missing = 0
  goldDocs.forEach((doc, d) => {
    const given = doc.language ?? predDocs[d]!.language
    const language = typeof given === 'string' ? given : (given?.iso6391 ?? 'und')
    let tally = byLanguage.get(language)
    if (!tally) byLanguage.set(language, (tally = new Tally()))
    tally.documents++
    const byLine = new Map<number, EvalLine>()
    for (const p of predDocs[d]!.lines) byLine.set(p.line, p)
    for (const g of doc.lines) {
      const p = byLine.get(g.line)
      if (!p) missing++
      // A missing prediction is wrong whatever the gold label: count it as the "farthest" label.
      const label = p ? p.label : g.label === 'ui' ? 'body' : 'ui'
      all.add(g.label, label, p?.confidence)
      tally.add(g.label, label, p?.confidence)
    }
  })
  return {
    ...all.scores(),
    byLanguage: Object.fromEntries([...byLanguage].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => [k, { ...t.scores(), documents: t.documents }])),
    missing,
  }
}
