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

/**
 * Decode a document: `emission` is n × k log-scores per line, `gaps[i]` says
 * an empty line stands between line i-1 and line i. Linear in n (k² per line):
 * Viterbi in log space, forward-backward in scaled probability space (no
 * exp or log inside the k² loops).
 */
export function decode(emission: Float64Array, gaps: Uint8Array, k: number, t: Transitions, weights: DecodeWeights): Decoded {
  const n = gaps.length
  const w = weights.transition
  // Weighted log transitions, and their exponentials, as flat k × k tables.
  const logAdj = new Float64Array(k * k)
  const logGap = new Float64Array(k * k)
  for (let p = 0; p < k; p++) {
    for (let c = 0; c < k; c++) {
      logAdj[p * k + c] = w * t.adjacent[p]![c]!
      logGap[p * k + c] = w * t.gap[p]![c]!
    }
  }
  const expAdj = logAdj.map(Math.exp)
  const expGap = logGap.map(Math.exp)

  // Viterbi.
  const score = new Float64Array(n * k)
  const back = new Int32Array(n * k)
  for (let c = 0; c < k; c++) score[c] = w * t.start[c]! + emission[c]!
  for (let i = 1; i < n; i++) {
    const tr = gaps[i] ? logGap : logAdj
    const prev = (i - 1) * k
    for (let c = 0; c < k; c++) {
      let best = -Infinity
      let arg = 0
      for (let p = 0; p < k; p++) {
        const s = score[prev + p]! + tr[p * k + c]!
        if (s > best) {
          best = s
          arg = p
        }
      }
      score[i * k + c] = best + emission[i * k + c]!
      back[i * k + c] = arg
    }
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

  // Forward-backward; each line's emissions scaled by their maximum and each
  // alpha row normalised (the scales cancel in the posterior).
  const e = new Float64Array(n * k)
  for (let i = 0; i < n; i++) {
    let max = -Infinity
    for (let c = 0; c < k; c++) if (emission[i * k + c]! > max) max = emission[i * k + c]!
    for (let c = 0; c < k; c++) e[i * k + c] = Math.exp(emission[i * k + c]! - max)
  }
  const alpha = new Float64Array(n * k)
  const beta = new Float64Array(n * k)
  const scale = new Float64Array(n)
  let first = 0
  let startMax = -Infinity
  for (let c = 0; c < k; c++) startMax = Math.max(startMax, w * t.start[c]!)
  for (let c = 0; c < k; c++) first += alpha[c] = Math.exp(w * t.start[c]! - startMax) * e[c]!
  scale[0] = first
  for (let c = 0; c < k; c++) alpha[c]! /= first
  for (let i = 1; i < n; i++) {
    const tr = gaps[i] ? expGap : expAdj
    const prev = (i - 1) * k
    let sum = 0
    for (let c = 0; c < k; c++) {
      let s = 0
      for (let p = 0; p < k; p++) s += alpha[prev + p]! * tr[p * k + c]!
      sum += alpha[i * k + c] = s * e[i * k + c]!
    }
    scale[i] = sum
    for (let c = 0; c < k; c++) alpha[i * k + c]! /= sum
  }
  if (n) for (let c = 0; c < k; c++) beta[(n - 1) * k + c] = 1
  for (let i = n - 2; i >= 0; i--) {
    const tr = gaps[i + 1] ? expGap : expAdj
    const next = (i + 1) * k
    for (let c = 0; c < k; c++) {
      let s = 0
      for (let q = 0; q < k; q++) s += tr[c * k + q]! * e[next + q]! * beta[next + q]!
      beta[i * k + c] = s / scale[i + 1]!
    }
  }
  const posterior = new Float64Array(n * k)
  for (let i = 0; i < n; i++) {
    let z = 0
    for (let c = 0; c < k; c++) z += posterior[i * k + c] = alpha[i * k + c]! * beta[i * k + c]!
    for (let c = 0; c < k; c++) posterior[i * k + c]! /= z
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
