import { LABELS } from '../types.js'

const K = LABELS.length
const OFFSETS = [-2, -1, 0, 1, 2] as const
const WINDOW = 5

/** Names of the features the context model adds to the line features. */
export const STACK_NAMES: readonly string[] = [
  ...OFFSETS.flatMap((o) => LABELS.map((l) => `p${o >= 0 ? '+' : ''}${o}:${l}`)),
  ...LABELS.map((l) => `p±${WINDOW}:${l}`),
]

/**
 * Append neighbours' line-model probabilities to a line's features: the
 * lines at -2..+2 and the mean over ±WINDOW (what block a line sits in).
 * `sums` holds prefix sums of `probs` (n+1 rows), so the window mean is O(k).
 */
export function stackRow(i: number, base: Float32Array, probs: Float64Array, sums: Float64Array, n: number, out: Float32Array): Float32Array {
  out.set(base, 0)
  let k = base.length
  for (const o of OFFSETS) {
    const j = i + o
    for (let c = 0; c < K; c++) out[k++] = j >= 0 && j < n ? probs[j * K + c]! : 0
  }
  const lo = Math.max(0, i - WINDOW)
  const hi = Math.min(n, i + WINDOW + 1)
  const m = hi - lo
  for (let c = 0; c < K; c++) out[k++] = (sums[hi * K + c]! - sums[lo * K + c]!) / m
  return out
}

/** Prefix sums of an n × K probability matrix, (n+1) × K. */
export function prefixSums(probs: Float64Array, n: number): Float64Array {
  const sums = new Float64Array((n + 1) * K)
  for (let i = 0; i < n; i++) for (let c = 0; c < K; c++) sums[(i + 1) * K + c] = sums[i * K + c]! + probs[i * K + c]!
  return sums
}
