import { LABELS } from '../types.js'
import type { Evaluation } from './evaluate.js'

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5)

/** The evaluation as a plain-text table (what `linesift eval` prints). */
export function formatEvaluation(e: Evaluation): string {
  const out: string[] = []
  out.push('label      precision  recall     F1  support  predicted')
  for (const label of LABELS) {
    const s = e.perLabel[label]
    out.push(`${label.padEnd(10)} ${pct(s.precision)}%  ${pct(s.recall)}%  ${pct(s.f1)}%  ${String(s.support).padStart(7)}  ${String(s.predicted).padStart(9)}`)
  }
  out.push('')
  out.push(`macro-F1 ${pct(e.macroF1)}%   accuracy ${pct(e.accuracy)}%   lines ${e.lines}${e.ece !== undefined ? `   ECE ${(e.ece * 100).toFixed(1)}%` : ''}${e.missing ? `   missing ${e.missing}` : ''}`)
  out.push('')
  out.push('confusion (rows gold, columns predicted)')
  out.push(`${''.padEnd(10)}${LABELS.map((l) => l.padStart(8)).join('')}`)
  for (const g of LABELS) out.push(`${g.padEnd(10)}${LABELS.map((p) => String(e.confusion[g][p]).padStart(8)).join('')}`)
  out.push('')
  out.push('language  docs  lines  macro-F1  accuracy  ' + LABELS.map((l) => `F1 ${l}`.padStart(11)).join(''))
  for (const [lang, s] of Object.entries(e.byLanguage)) {
    out.push(`${lang.padEnd(9)} ${String(s.documents).padStart(4)} ${String(s.lines).padStart(6)}    ${pct(s.macroF1)}     ${pct(s.accuracy)}  ${LABELS.map((l) => (s.perLabel[l].support || s.perLabel[l].predicted ? pct(s.perLabel[l].f1) : '    -').padStart(11)).join('')}`)
  }
  return out.join('\n')
}
