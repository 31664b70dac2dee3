/** A multinomial logistic regression: weights[class][feature] and bias[class]. */
export interface Softmax {
  classes: readonly string[]
  weights: readonly (readonly number[])[]
  bias: readonly number[]
}

/** Compact form for the hot path: one flat Float64Array, class-major. */
export interface PackedSoftmax {
  classes: readonly string[]
  features: number
  w: Float64Array
  b: Float64Array
}

export function pack(m: Softmax): PackedSoftmax {
  const k = m.classes.length
  const features = m.weights[0]?.length ?? 0
  const w = new Float64Array(k * features)
  m.weights.forEach((row, c) => w.set(row, c * features))
  return { classes: m.classes, features, w, b: Float64Array.from(m.bias) }
}

/** logits[c] = b[c] + w[c]·x */
export function logits(m: PackedSoftmax, x: ArrayLike<number>, out: Float64Array): Float64Array {
  const f = m.features
  for (let c = 0; c < m.classes.length; c++) {
    let s = m.b[c]!
    const base = c * f
    for (let j = 0; j < f; j++) {
      const v = x[j]!
      if (v !== 0) s += m.w[base + j]! * v
    }
    out[c] = s
  }
  return out
}

/** In-place softmax of the first k entries, with a temperature. */
export function softmax(z: Float64Array, k = z.length, temperature = 1): Float64Array {
  let max = -Infinity
  for (let c = 0; c < k; c++) if (z[c]! > max) max = z[c]!
  let sum = 0
  for (let c = 0; c < k; c++) sum += z[c] = Math.exp((z[c]! - max) / temperature)
  for (let c = 0; c < k; c++) z[c]! /= sum
  return z
}
