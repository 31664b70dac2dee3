/**
 * A one-hidden-layer network (ReLU) over sparse feature vectors: the line
 * and context models. Linear models could not combine "short" with "inside a
 * block of short lines" or "followed by a paragraph"; one small hidden layer
 * can, at about twice a linear model's cost per line.
 */
export interface Mlp {
  classes: readonly string[]
  hidden: number
  /** hidden × features, row-major */
  w1: readonly number[]
  b1: readonly number[]
  /** classes × hidden */
  w2: readonly number[]
  b2: readonly number[]
}

export interface PackedMlp {
  classes: readonly string[]
  features: number
  hidden: number
  w1t: Float32Array // features × hidden (transposed: sparse inputs walk rows)
  b1: Float64Array
  w2: Float64Array
  b2: Float64Array
  h: Float64Array
}

export function packMlp(m: Mlp): PackedMlp {
  const features = m.w1.length / m.hidden
  const w1t = new Float32Array(m.w1.length)
  for (let u = 0; u < m.hidden; u++) for (let j = 0; j < features; j++) w1t[j * m.hidden + u] = m.w1[u * features + j]!
  return { classes: m.classes, features, hidden: m.hidden, w1t, b1: Float64Array.from(m.b1), w2: Float64Array.from(m.w2), b2: Float64Array.from(m.b2), h: new Float64Array(m.hidden) }
}

/** logits of x (only its non-zero entries cost anything). */
export function mlpLogits(m: PackedMlp, x: ArrayLike<number>, out: Float64Array): Float64Array {
  const H = m.hidden
  const H4 = H - (H % 4)
  const h = m.h
  const w1t = m.w1t
  h.set(m.b1)
  for (let j = 0; j < m.features; j++) {
    const v = x[j]!
    if (v === 0) continue
    const base = j * H
    // Unrolled by four: the hot loop of classification.
    let u = 0
    for (; u < H4; u += 4) {
      const p = base + u
      h[u]! += w1t[p]! * v
      h[u + 1]! += w1t[p + 1]! * v
      h[u + 2]! += w1t[p + 2]! * v
      h[u + 3]! += w1t[p + 3]! * v
    }
    for (; u < H; u++) h[u]! += w1t[base + u]! * v
  }
  for (let u = 0; u < H; u++) if (h[u]! < 0) h[u] = 0
  for (let c = 0; c < m.classes.length; c++) {
    let s = m.b2[c]!
    const base = c * H
    for (let u = 0; u < H; u++) {
      const a = h[u]!
      if (a > 0) s += m.w2[base + u]! * a
    }
    out[c] = s
  }
  return out
}

export interface MlpOptions {
  hidden?: number
  epochs?: number
  batch?: number
  learningRate?: number
  l2?: number
  /** Class weight = (n / (k · count))^balance. */
  balance?: number
  seed?: number
}

/** Deterministic PRNG (mulberry32), so training is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Train with mini-batch Adam on row-major `x` (rows × features). */
export function fitMlp(x: Float32Array, y: ArrayLike<number>, features: number, classes: readonly string[], options: MlpOptions = {}): Mlp {
  const { hidden: H = 32, epochs = 30, batch = 32, learningRate = 0.004, l2 = 1e-4, balance = 0.5, seed = 42 } = options
  const K = classes.length
  const n = y.length
  const rand = random(seed)
  // Sparse rows.
  const start = new Int32Array(n + 1)
  const cols: number[] = []
  const vals: number[] = []
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < features; j++) {
      const v = x[i * features + j]!
      if (v !== 0) {
        cols.push(j)
        vals.push(v)
      }
    }
    start[i + 1] = cols.length
  }
  const counts = new Float64Array(K)
  for (let i = 0; i < n; i++) counts[y[i]!]!++
  const cw = Float64Array.from(counts, (c) => (c ? (n / (K * c)) ** balance : 0))
  let mean = 0
  for (let i = 0; i < n; i++) mean += cw[y[i]!]!
  mean /= n
  for (let c = 0; c < K; c++) cw[c]! /= mean

  // Parameters in one vector: w1t (features × H), b1 (H), w2 (K × H), b2 (K).
  const oW1 = 0
  const oB1 = features * H
  const oW2 = oB1 + H
  const oB2 = oW2 + K * H
  const dim = oB2 + K
  const p = new Float64Array(dim)
  const scale1 = Math.sqrt(2 / 40) // ~40 non-zero inputs per line
  for (let i = 0; i < oB1; i++) p[i] = (rand() * 2 - 1) * scale1
  const scale2 = Math.sqrt(2 / H)
  for (let i = oW2; i < oB2; i++) p[i] = (rand() * 2 - 1) * scale2
  const g = new Float64Array(dim)
  const m1 = new Float64Array(dim)
  const m2 = new Float64Array(dim)
  const h = new Float64Array(H)
  const z = new Float64Array(K)
  const dh = new Float64Array(H)
  const order = Int32Array.from({ length: n }, (_, i) => i)
  let t = 0
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1))
      const tmp = order[i]!
      order[i] = order[j]!
      order[j] = tmp
    }
    for (let b0 = 0; b0 < n; b0 += batch) {
      g.fill(0)
      const b1 = Math.min(n, b0 + batch)
      for (let bi = b0; bi < b1; bi++) {
        const r = order[bi]!
        const a = start[r]!
        const e = start[r + 1]!
        for (let u = 0; u < H; u++) h[u] = p[oB1 + u]!
        for (let q = a; q < e; q++) {
          const base = cols[q]! * H
          const v = vals[q]!
          for (let u = 0; u < H; u++) h[u]! += p[base + u]! * v
        }
        for (let u = 0; u < H; u++) if (h[u]! < 0) h[u] = 0
        let max = -Infinity
        for (let c = 0; c < K; c++) {
          let s = p[oB2 + c]!
          for (let u = 0; u < H; u++) s += p[oW2 + c * H + u]! * h[u]!
          z[c] = s
          if (s > max) max = s
        }
        let sum = 0
        for (let c = 0; c < K; c++) sum += z[c] = Math.exp(z[c]! - max)
        const w = cw[y[r]!]! / (b1 - b0)
        dh.fill(0)
        for (let c = 0; c < K; c++) {
          const d = (z[c]! / sum - (c === y[r] ? 1 : 0)) * w
          g[oB2 + c]! += d
          for (let u = 0; u < H; u++) {
            g[oW2 + c * H + u]! += d * h[u]!
            dh[u]! += d * p[oW2 + c * H + u]!
          }
        }
        for (let u = 0; u < H; u++) if (h[u]! <= 0) dh[u] = 0
        for (let u = 0; u < H; u++) g[oB1 + u]! += dh[u]!
        for (let q = a; q < e; q++) {
          const base = cols[q]! * H
          const v = vals[q]!
          for (let u = 0; u < H; u++) g[base + u]! += dh[u]! * v
        }
      }
      t++
      const c1 = 1 - 0.9 ** t
      const c2 = 1 - 0.999 ** t
      for (let d = 0; d < dim; d++) {
        const gd = g[d]! + (d < oB1 || (d >= oW2 && d < oB2) ? l2 * p[d]! : 0)
        m1[d] = 0.9 * m1[d]! + 0.1 * gd
        m2[d] = 0.999 * m2[d]! + 0.001 * gd * gd
        p[d]! -= (learningRate * (m1[d]! / c1)) / (Math.sqrt(m2[d]! / c2) + 1e-8)
      }
    }
  }
  const round = (v: number): number => Math.round(v * 1e4) / 1e4
  const w1: number[] = new Array(H * features)
  for (let u = 0; u < H; u++) for (let j = 0; j < features; j++) w1[u * features + j] = round(p[j * H + u]!)
  return {
    classes,
    hidden: H,
    w1,
    b1: Array.from(p.subarray(oB1, oB1 + H), round),
    w2: Array.from(p.subarray(oW2, oB2), round),
    b2: Array.from(p.subarray(oB2, oB2 + K), round),
  }
}

/**
 * Average of several networks' logits as one network: hidden units side by
 * side, output weights and biases divided by their number. Costs what one
 * network of that width costs, and varies less with the random seed.
 */
export function mergeMlps(nets: readonly Mlp[]): Mlp {
  const first = nets[0]!
  const k = first.classes.length
  const m = nets.length
  const hidden = nets.reduce((s, n) => s + n.hidden, 0)
  const w2: number[] = new Array(k * hidden)
  let offset = 0
  for (const net of nets) {
    for (let c = 0; c < k; c++) for (let u = 0; u < net.hidden; u++) w2[c * hidden + offset + u] = Math.round((net.w2[c * net.hidden + u]! / m) * 1e5) / 1e5
    offset += net.hidden
  }
  const b2 = first.b2.map((_, c) => Math.round((nets.reduce((s, n) => s + n.b2[c]!, 0) / m) * 1e5) / 1e5)
  return { classes: first.classes, hidden, w1: nets.flatMap((n) => n.w1), b1: nets.flatMap((n) => n.b1), w2, b2 }
}

/** `fitMlp` with `members` seeds, merged by `mergeMlps`. */
export function fitEnsemble(x: Float32Array, y: ArrayLike<number>, features: number, classes: readonly string[], options: MlpOptions = {}, members = 1): Mlp {
  const seed = options.seed ?? 42
  const nets: Mlp[] = []
  for (let s = 0; s < members; s++) nets.push(fitMlp(x, y, features, classes, { ...options, seed: seed + 1000 * s }))
  return members === 1 ? nets[0]! : mergeMlps(nets)
}
