/** Learned label-sequence statistics (log probabilities). */
export interface Transitions {
  /** log P(first label) */
  start: readonly number[]
  /** log P(label | previous label), lines next to each other. */
  adjacent: readonly (readonly number[])[]
  /** log P(label | previous label), with an empty line between them. */
  gap: readonly (readonly number[])[]
}

export interface DecodeWeights {
  /** Weight of the transition scores against the line model (0 = off). */
  transition: number
}

export interface Decoded {
  /** Best label sequence (Viterbi). */
  path: Int32Array
  /** Posterior marginals, n × k, from forward-backward. */
  posterior: Float64Array
}

function logSumExp(a: Float64Array, k: number, off: number): number {
  let max = -Infinity
  for (let c = 0; c < k; c++) if (a[off + c]! > max) max = a[off + c]!
  if (max === -Infinity) return max
  let s = 0
  for (let c = 0; c < k; c++) s += Math.exp(a[off + c]! - max)
  return max + Math.log(s)
}

/**
 * Decode a document: `emission` is n × k log-scores per line, `gaps[i]` says
 * an empty line stands between line i-1 and line i. Linear in n (k² per line).
 */
export function decode(emission: Float64Array, gaps: Uint8Array, k: number, t: Transitions, weights: DecodeWeights): Decoded {
  const n = gaps.length
  const w = weights.transition
  const trans = (i: number, from: number, to: number): number => w * (gaps[i] ? t.gap : t.adjacent)[from]![to]!
  const alpha = new Float64Array(n * k)
  const beta = new Float64Array(n * k)
  const score = new Float64Array(n * k)
  const back = new Int32Array(n * k)
  const tmp = new Float64Array(k)
  for (let c = 0; c < k; c++) alpha[c] = score[c] = w * t.start[c]! + emission[c]!
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < k; c++) {
      let best = -Infinity
      let arg = 0
      for (let p = 0; p < k; p++) {
        const tr = trans(i, p, c)
        tmp[p] = alpha[(i - 1) * k + p]! + tr
        const s = score[(i - 1) * k + p]! + tr
        if (s > best) {
          best = s
          arg = p
        }
      }
      alpha[i * k + c] = logSumExp(tmp, k, 0) + emission[i * k + c]!
      score[i * k + c] = best + emission[i * k + c]!
      back[i * k + c] = arg
    }
  }
  for (let i = n - 2; i >= 0; i--) {
    for (let c = 0; c < k; c++) {
      for (let q = 0; q < k; q++) tmp[q] = trans(i + 1, c, q) + emission[(i + 1) * k + q]! + beta[(i + 1) * k + q]!
      beta[i * k + c] = logSumExp(tmp, k, 0)
    }
  }
  const posterior = new Float64Array(n * k)
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < k; c++) posterior[i * k + c] = alpha[i * k + c]! + beta[i * k + c]!
    const z = logSumExp(posterior, k, i * k)
    for (let c = 0; c < k; c++) posterior[i * k + c] = Math.exp(posterior[i * k + c]! - z)
  }
  const path = new Int32Array(n)
  if (n) {
    let best = -Infinity
    for (let c = 0; c < k; c++) {
      if (score[(n - 1) * k + c]! > best) {
        best = score[(n - 1) * k + c]!
        path[n - 1] = c
      }
    }
    for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * k + path[i]!]!
  }
  return { path, posterior }
}

/** Learn transitions from label sequences (add-one smoothing). */
export function learnTransitions(docs: readonly { labels: ArrayLike<number>; gaps: ArrayLike<number> }[], k: number): Transitions {
  const start = new Float64Array(k).fill(1)
  const adjacent = Array.from({ length: k }, () => new Float64Array(k).fill(1))
  const gap = Array.from({ length: k }, () => new Float64Array(k).fill(1))
  for (const d of docs) {
    if (d.labels.length) start[d.labels[0]!]!++
    for (let i = 1; i < d.labels.length; i++) (d.gaps[i] ? gap : adjacent)[d.labels[i - 1]!]![d.labels[i]!]!++
  }
  const norm = (row: Float64Array): number[] => {
    const s = row.reduce((a, b) => a + b, 0)
    return Array.from(row, (v) => Math.round(Math.log(v / s) * 1e4) / 1e4)
  }
  return { start: norm(start), adjacent: adjacent.map(norm), gap: gap.map(norm) }
}
