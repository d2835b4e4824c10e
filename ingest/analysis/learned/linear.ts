/**
 * Linear classifiers over hashed sparse features: a multinomial logistic regression (one label
 * of several: sentiment) and one-vs-rest logistic regressions (several labels at once: themes).
 * Weights are laid out feature-major (`w[idx * classes + c]`) so one feature's weights are adjacent.
 */

/** A trained linear model: `classes` outputs over `dim` hashed features. */
export type LinearModel = { dim: number; classes: number; weights: Float32Array };

/** A training example: sparse features, the gold class (softmax) or gold set (one-vs-rest), a weight. */
export type SparseExample = { idx: Int32Array; val: Float32Array; gold: number | number[]; weight: number };

/** Raw scores (logits) of a sparse vector into `out`. */
export function logits(m: LinearModel, idx: Int32Array, val: Float32Array, n: number, out: Float64Array): Float64Array {
  const C = m.classes;
  const w = m.weights;
  // Four classes at a time summed in locals, not `out[c] +=` per feature: each class still adds
  // its features in the same order (identical sums), without a store and reload per weight
  // (~2× faster in isolation on the shipped models' 4 and 21 classes).
  let c = 0;
  for (; c + 4 <= C; c += 4) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    for (let k = 0; k < n; k += 1) {
      const base = idx[k] * C + c;
      const v = val[k];
      s0 += w[base] * v;
      s1 += w[base + 1] * v;
      s2 += w[base + 2] * v;
      s3 += w[base + 3] * v;
    }
    out[c] = s0; out[c + 1] = s1; out[c + 2] = s2; out[c + 3] = s3;
  }
  for (; c < C; c += 1) {
    let s = 0;
    for (let k = 0; k < n; k += 1) s += w[idx[k] * C + c] * val[k];
    out[c] = s;
  }
  return out;
}

/** Softmax of logits in place. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of z) if (x > max) max = x;
  let sum = 0;
  for (let c = 0; c < z.length; c += 1) { z[c] = Math.exp(z[c] - max); sum += z[c]; }
  for (let c = 0; c < z.length; c += 1) z[c] /= sum;
  return z;
}

/** Logistic sigmoid of logits in place. */
export function sigmoid(z: Float64Array): Float64Array {
  for (let c = 0; c < z.length; c += 1) z[c] = 1 / (1 + Math.exp(-z[c]));
  return z;
}

/** A seeded PRNG (mulberry32): training order is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type TrainOptions = { dim: number; classes: number; epochs: number; rate: number; l2: number; seed: number; multiLabel: boolean;
  /** Starting weights that L2 pulls towards (a prior, such as "a taxonomy hit means the theme"); zeros when absent. */
  prior?: Float32Array;
  /** Classes no example labels (one-vs-rest only): their weights stay at the prior. */
  frozen?: number[] };

/**
 * Trains by AdaGrad stochastic gradient descent with L2 (towards the prior) applied to the
 * weights each example touches; examples are visited in a seeded shuffled order, so the same data gives the same weights.
 */
export function trainLinear(examples: SparseExample[], o: TrainOptions): LinearModel {
  const C = o.classes;
  const prior = o.prior ?? new Float32Array(o.dim * C);
  const w = Float32Array.from(prior);
  const g2 = new Float32Array(o.dim * C);
  const model: LinearModel = { dim: o.dim, classes: C, weights: w };
  const random = seededRandom(o.seed);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(C);
  const grad = new Float64Array(C);
  for (let epoch = 0; epoch < o.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const e of order) {
      const ex = examples[e];
      logits(model, ex.idx, ex.val, ex.idx.length, z);
      if (o.multiLabel) {
        sigmoid(z);
        const gold = ex.gold as number[];
        for (let c = 0; c < C; c += 1) grad[c] = (z[c] - (gold.includes(c) ? 1 : 0)) * ex.weight;
        if (o.frozen) for (const c of o.frozen) grad[c] = 0;
      } else {
        softmax(z);
        for (let c = 0; c < C; c += 1) grad[c] = (z[c] - (c === ex.gold ? 1 : 0)) * ex.weight;
      }
      for (let k = 0; k < ex.idx.length; k += 1) {
        const base = ex.idx[k] * C;
        const v = ex.val[k];
        for (let c = 0; c < C; c += 1) {
          const g = grad[c] * v + o.l2 * (w[base + c] - prior[base + c]);
          if (g === 0) continue;
          g2[base + c] += g * g;
          w[base + c] -= (o.rate * g) / Math.sqrt(g2[base + c] + 1e-8);
        }
      }
    }
  }
  return model;
}
