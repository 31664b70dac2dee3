import { mlpLogits, packMlp, type Mlp, type PackedMlp } from './mlp.js'
import { logits, pack, type PackedSoftmax, type Softmax } from './softmax.js'

/** What the pipeline needs of a model: scores, and each feature's share in a label's score. */
export interface Scorer {
  classes: readonly string[]
  features: number
  logits(x: ArrayLike<number>, out: Float64Array): Float64Array
  /**
   * out[j] = how much feature j raises `label` above the mean label, for the
   * x last passed to `logits` (gradient × input; exact for these models).
   */
  contributions(x: ArrayLike<number>, label: number, out: Float64Array, mask?: Uint8Array): Float64Array
}

export function softmaxScorer(m: Softmax): Scorer {
  const p: PackedSoftmax = pack(m)
  const k = p.classes.length
  const f = p.features
  return {
    classes: p.classes,
    features: f,
    logits: (x, out) => logits(p, x, out),
    contributions(x, label, out, mask) {
      for (let j = 0; j < f; j++) {
        const v = x[j]!
        if (v === 0 || (mask && !mask[j])) {
          out[j] = 0
          continue
        }
        let mean = 0
        for (let c = 0; c < k; c++) mean += p.w[c * f + j]!
        out[j] = (p.w[label * f + j]! - mean / k) * v
      }
      return out
    },
  }
}

export function mlpScorer(m: Mlp): Scorer {
  const p: PackedMlp = packMlp(m)
  const H = p.hidden
  const k = p.classes.length
  const margin = new Float64Array(H)
  const units = new Int32Array(H)
  return {
    classes: p.classes,
    features: p.features,
    logits: (x, out) => mlpLogits(p, x, out),
    contributions(x, label, out, mask) {
      // d(score[label] - mean score)/d h_u, through active units only.
      const h = p.h
      const w1t = p.w1t
      const w2 = p.w2
      let active = 0
      for (let u = 0; u < H; u++) {
        if (h[u]! <= 0) continue
        let mean = 0
        for (let c = 0; c < k; c++) mean += w2[c * H + u]!
        units[active] = u
        margin[active++] = w2[label * H + u]! - mean / k
      }
      const f = p.features
      for (let j = 0; j < f; j++) {
        const v = x[j]!
        if (v === 0 || (mask && !mask[j])) {
          out[j] = 0
          continue
        }
        let s = 0
        const base = j * H
        for (let a = 0; a < active; a++) s += w1t[base + units[a]!]! * margin[a]!
        out[j] = s * v
      }
      return out
    },
  }
}
