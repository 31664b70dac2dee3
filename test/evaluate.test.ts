import { describe, expect, it } from 'vitest'
import { evaluate, formatEvaluation, type EvalLine } from '../src/testing/index.js'

const gold: EvalLine[] = [
  { line: 0, label: 'body' },
  { line: 1, label: 'body' },
  { line: 2, label: 'body' },
  { line: 3, label: 'ui' },
  { line: 4, label: 'ui' },
  { line: 5, label: 'heading' },
]
const predicted: EvalLine[] = [
  { line: 0, label: 'body', confidence: 0.95 },
  { line: 1, label: 'body', confidence: 0.85 },
  { line: 2, label: 'ui', confidence: 0.55 },
  { line: 3, label: 'ui', confidence: 0.95 },
  { line: 4, label: 'body', confidence: 0.65 },
  { line: 5, label: 'heading', confidence: 0.75 },
]

describe('evaluate', () => {
  const e = evaluate(gold, predicted)

  it('computes per-label precision, recall, F1 and support by hand', () => {
    // body: tp 2, predicted 3, support 3 -> P 2/3, R 2/3
    expect(e.perLabel.body.precision).toBeCloseTo(2 / 3)
    expect(e.perLabel.body.recall).toBeCloseTo(2 / 3)
    expect(e.perLabel.body.f1).toBeCloseTo(2 / 3)
    // ui: tp 1, predicted 2, support 2 -> 0.5 / 0.5
    expect(e.perLabel.ui).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2, predicted: 2 })
    expect(e.perLabel.heading).toMatchObject({ precision: 1, recall: 1, f1: 1, support: 1 })
    expect(e.perLabel.consent).toMatchObject({ support: 0, predicted: 0, f1: 0 })
  })

  it('averages F1 over the labels present only', () => {
    expect(e.macroF1).toBeCloseTo((2 / 3 + 0.5 + 1) / 3)
    expect(e.accuracy).toBeCloseTo(4 / 6)
    expect(e.lines).toBe(6)
  })

  it('fills the confusion matrix rows by gold label', () => {
    expect(e.confusion.body).toMatchObject({ body: 2, ui: 1 })
    expect(e.confusion.ui).toMatchObject({ ui: 1, body: 1 })
  })

  it('computes the expected calibration error over 10 bins', () => {
    // bins: 0.9 (2 lines, both right: |1-0.95|), 0.8 (1 right: |1-0.85|), 0.5 (1 wrong: 0.55), 0.6 (1 wrong: 0.65), 0.7 (1 right: 0.25)
    const ece = (2 / 6) * 0.05 + (1 / 6) * 0.15 + (1 / 6) * 0.55 + (1 / 6) * 0.65 + (1 / 6) * 0.25
    expect(e.ece).toBeCloseTo(ece)
  })

  it('scores per language and counts missing predictions as wrong', () => {
    const r = evaluate(
      [
        { language: 'de', lines: gold.slice(0, 3) },
        { language: 'fr', lines: gold.slice(3) },
      ],
      [{ lines: predicted.slice(0, 3) }, { lines: predicted.slice(3, 5) }],
    )
    expect(r.byLanguage.de!.accuracy).toBeCloseTo(2 / 3)
    expect(r.byLanguage.fr!.documents).toBe(1)
    expect(r.missing).toBe(1)
    expect(r.perLabel.heading.recall).toBe(0)
  })

  it('rejects mismatched document counts', () => {
    expect(() => evaluate([{ lines: gold }], [])).toThrow(RangeError)
  })

  it('prints a table with every label and the macro-F1', () => {
    const table = formatEvaluation(e)
    for (const word of ['body', 'heading', 'consent', 'paywall', 'ui', 'byline', 'macro-F1', 'ECE']) expect(table).toContain(word)
  })
})
