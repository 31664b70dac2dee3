import type { LineInfo } from './line.js'

/** How far (in non-empty lines) a pull quote may sit from the sentence it repeats. */
const WINDOW = 40
const OPEN = new Set([0x22, 0x27, 0x201e, 0x201c, 0x201d, 0xab, 0xbb, 0x2018, 0x2019, 0x201a, 0x300c, 0x2039, 0x2014, 0x2013, 0x2d, 0x20])
const CLOSE = new Set([0x22, 0x27, 0x201c, 0x201d, 0xbb, 0xab, 0x2019, 0x300d, 0x203a, 0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0x2c, 0x3a, 0x20])

/**
 * Find lines that repeat part of a longer nearby line (pull quotes): the
 * line's core, less its first word, occurs inside a longer prose line within
 * WINDOW lines. Returns, per line, the index of the repeated line or -1.
 * Bounded: each candidate is compared with at most 2·WINDOW lines.
 */
export function findRepeats(lines: readonly { text: string }[], infos: readonly LineInfo[]): Int32Array {
  const n = lines.length
  const out = new Int32Array(n).fill(-1)
  for (let i = 0; i < n; i++) {
    const x = infos[i]!
    if (x.length < 25 || x.length > 400) continue
    const core = probe(lines[i]!.text)
    if (core.length < 18) continue
    const lo = Math.max(0, i - WINDOW)
    const hi = Math.min(n, i + WINDOW + 1)
    for (let j = lo; j < hi; j++) {
      if (j === i || !infos[j]!.prose || infos[j]!.length < x.length * 1.15) continue
      if (lines[j]!.text.includes(core)) {
        out[i] = j
        break
      }
    }
  }
  return out
}

/** The part of a line used to find its source: trimmed of quotes, its first word dropped, at most 60 chars. */
function probe(text: string): string {
  let a = 0
  let b = text.length
  while (a < b && OPEN.has(text.charCodeAt(a))) a++
  while (b > a && CLOSE.has(text.charCodeAt(b - 1))) b--
  const space = text.indexOf(' ', a)
  if (space > 0 && space < b - 18) a = space + 1
  return text.slice(a, Math.min(b, a + 60))
}
