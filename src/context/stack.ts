import { LABELS } from '../types.js'

const K = LABELS.length
const OFFSETS = [-2, -1, 0, 1, 2] as const
const WINDOW = 5

/** Names of the features the context model adds to the line features. */
export const STACK_NAMES: readonly string[] = [
  ...OFFSETS.flatMap((o) => LABELS.map((l) => `p${o >= 0 ? '+' : ''}${o}:${l}`)),
  ...LABELS.map((l) => `p-${WINDOW}..-1:${l}`),
  ...LABELS.map((l) => `p+1..+${WINDOW}:${l}`),
  ...LABELS.map((l) => `p-block:${l}`),
  ...LABELS.map((l) => `p-prev-block:${l}`),
  ...LABELS.map((l) => `p-next-block:${l}`),
]

/** What the context model reads of a document besides its lines: neighbours' line probabilities. */
export interface StackContext {
  n: number
  probs: Float64Array
  /** Prefix sums of `probs`, (n+1) × K. */
  sums: Float64Array
  /** First and one-past-last line of the block (lines between empty lines) each line is in. */
  blockStart: Int32Array
  blockEnd: Int32Array
}

/** 1 where an empty line stands between line i-1 and line i (by their line numbers). */
export function gapsBefore(lines: readonly { line: number }[]): Uint8Array {
  const gaps = new Uint8Array(lines.length)
  for (let i = 1; i < lines.length; i++) gaps[i] = lines[i]!.line - lines[i - 1]!.line > 1 ? 1 : 0
  return gaps
}

/** Prepare the stacking of a document; `gaps[i]` is 1 when an empty line precedes line i. */
export function stackContext(probs: Float64Array, gaps: ArrayLike<number>, n: number): StackContext {
  const sums = new Float64Array((n + 1) * K)
  for (let i = 0; i < n; i++) for (let c = 0; c < K; c++) sums[(i + 1) * K + c] = sums[i * K + c]! + probs[i * K + c]!
  const blockStart = new Int32Array(n)
  const blockEnd = new Int32Array(n)
  for (let i = 0; i < n; ) {
    let j = i + 1
    while (j < n && !gaps[j]) j++
    blockStart.fill(i, i, j)
    blockEnd.fill(j, i, j)
    i = j
  }
  return { n, probs, sums, blockStart, blockEnd }
}

/** Mean probability of each label over lines [lo, hi), written at out[k..k+K). */
function mean(s: StackContext, lo: number, hi: number, out: Float32Array, k: number): number {
  const m = hi - lo
  for (let c = 0; c < K; c++) out[k++] = m > 0 ? (s.sums[hi * K + c]! - s.sums[lo * K + c]!) / m : 0
  return k
}

/**
 * Append neighbours' line-model probabilities to a line's features: the
 * lines at -2..+2, the means of the 5 lines before and after, and the means
 * of its block and of the blocks before and after it (a title block under a
 * menu, a teaser block after the article). O(K) per line.
 */
export function stackRow(i: number, base: Float32Array, s: StackContext, out: Float32Array): Float32Array {
  const { n, probs } = s
  out.set(base, 0)
  let k = base.length
  for (const o of OFFSETS) {
    const j = i + o
    for (let c = 0; c < K; c++) out[k++] = j >= 0 && j < n ? probs[j * K + c]! : 0
  }
  k = mean(s, Math.max(0, i - WINDOW), i, out, k)
  k = mean(s, i + 1, Math.min(n, i + WINDOW + 1), out, k)
  const a = s.blockStart[i]!
  const b = s.blockEnd[i]!
  k = mean(s, a, b, out, k)
  k = a > 0 ? mean(s, s.blockStart[a - 1]!, a, out, k) : mean(s, 0, 0, out, k)
  mean(s, b, b < n ? s.blockEnd[b]! : b, out, k)
  return out
}

/** Mean probability of `label` over the other lines of line i's block (0 for a block of one line). */
export function blockShare(s: StackContext, i: number, label: number): number {
  const a = s.blockStart[i]!
  const b = s.blockEnd[i]!
  if (b - a < 2) return 0
  const own = s.probs[i * K + label]!
  return (s.sums[b * K + label]! - s.sums[a * K + label]! - own) / (b - a - 1)
}
