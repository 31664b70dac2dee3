import type { Softmax } from './softmax.js'

export interface FitOptions {
  /** L2 penalty (default 1e-3). */
  l2?: number
  /** Full-batch Adam steps (default 250). */
  steps?: number
  learningRate?: number
  /** Class weight = (n / (k · count))^power; 0 = unweighted (default 0.5). */
  balance?: number
}

/**
 * Fit a multinomial logistic regression with full-batch Adam.
 * `x` is row-major, `rows × features`; `y[i]` is a class index.
 */
export function fitSoftmax(x: Float32Array, y: ArrayLike<number>, features: number, classes: readonly string[], options: FitOptions = {}): Softmax {
  const { l2 = 1e-3, steps = 250, learningRate = 0.08, balance = 0.5 } = options
  const k = classes.length
  const n = y.length
  const counts = new Float64Array(k)
  for (let i = 0; i < n; i++) counts[y[i]!]!++
  const cw = Float64Array.from(counts, (c) => (c ? (n / (k * c)) ** balance : 0))
  let wsum = 0
  for (let i = 0; i < n; i++) wsum += cw[y[i]!]!
  // Compressed sparse rows: most features of a line are zero.
  const start = new Int32Array(n + 1)
  let nnz = 0
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < features; j++) if (x[i * features + j] !== 0) nnz++
    start[i + 1] = nnz
  }
  const col = new Int32Array(nnz)
  const val = new Float64Array(nnz)
  for (let i = 0, p = 0; i < n; i++) {
    for (let j = 0; j < features; j++) {
      const v = x[i * features + j]!
      if (v !== 0) {
        col[p] = j
        val[p++] = v
      }
    }
  }
  const dim = k * (features + 1)
  const theta = new Float64Array(dim)
  const m = new Float64Array(dim)
  const v = new Float64Array(dim)
  const grad = new Float64Array(dim)
  const z = new Float64Array(k)
  const b1 = 0.9
  const b2 = 0.999
  for (let step = 1; step <= steps; step++) {
    grad.fill(0)
    for (let i = 0; i < n; i++) {
      const a = start[i]!
      const b = start[i + 1]!
      let max = -Infinity
      for (let c = 0; c < k; c++) {
        const base = c * (features + 1)
        let s = theta[base + features]!
        for (let p = a; p < b; p++) s += theta[base + col[p]!]! * val[p]!
        z[c] = s
        if (s > max) max = s
      }
      let sum = 0
      for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max)
      const weight = cw[y[i]!]! / wsum
      for (let c = 0; c < k; c++) {
        const g = (z[c]! / sum - (c === y[i] ? 1 : 0)) * weight
        if (g === 0) continue
        const base = c * (features + 1)
        for (let p = a; p < b; p++) grad[base + col[p]!]! += g * val[p]!
        grad[base + features]! += g
      }
    }
    for (let d = 0; d < dim; d++) {
      const isBias = d % (features + 1) === features
      const g = grad[d]! + (isBias ? 0 : l2 * theta[d]!)
      m[d] = b1 * m[d]! + (1 - b1) * g
      v[d] = b2 * v[d]! + (1 - b2) * g * g
      const mh = m[d]! / (1 - b1 ** step)
      const vh = v[d]! / (1 - b2 ** step)
      theta[d]! -= (learningRate * mh) / (Math.sqrt(vh) + 1e-8)
    }
  }
  const weights: number[][] = []
  const bias: number[] = []
  for (let c = 0; c < k; c++) {
    const base = c * (features + 1)
    weights.push(Array.from(theta.subarray(base, base + features), round))
    bias.push(round(theta[base + features]!))
  }
  return { classes, weights, bias }
}

const round = (v: number): number => Math.round(v * 1e5) / 1e5
