/**
 * 95% intervals for the change of a survey item between two waves (issue 19 item 4). The two waves
 * are independent samples (different respondents), so these are differences of two independent
 * estimates, unlike net sentiment (two cells of one sample, migration 012).
 */

const Z = 1.96;

/** Wilson score interval (95%) of k of n, as wilson_low / wilson_high in migration 012. */
export function wilson(k: number, n: number): [number, number] {
  const p = k / n;
  const centre = p + (Z * Z) / (2 * n);
  const half = Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
  const d = 1 + (Z * Z) / n;
  return [Math.max(0, (centre - half) / d), Math.min(1, (centre + half) / d)];
}

export type Change = { diff: number; low: number; high: number; excludesZero: boolean };

const change = (diff: number, low: number, high: number, digits: number): Change => {
  const r = (x: number) => Number(x.toFixed(digits));
  return { diff: r(diff), low: r(low), high: r(high), excludesZero: low > 0 || high < 0 };
};

/**
 * p2 − p1 (later minus earlier wave) with Newcombe's hybrid score interval (his method 10) built
 * from the two Wilson intervals [l1, u1], [l2, u2]:
 *   low = d − √((p2 − l2)² + (u1 − p1)²), high = d + √((u2 − p2)² + (p1 − l1)²).
 */
export function proportionChange(k1: number, n1: number, k2: number, n2: number): Change {
  const p1 = k1 / n1, p2 = k2 / n2;
  const [l1, u1] = wilson(k1, n1), [l2, u2] = wilson(k2, n2);
  const d = p2 - p1;
  return change(d, d - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2), 4);
}

/**
 * The 0.975 quantile of Student's t with ν degrees of freedom (Cornish–Fisher expansion around
 * z = 1.96; within 0.001 of the table for ν ≥ 3, e.g. ν = 5 → 2.571, ν = 10 → 2.228).
 */
export function t975(nu: number): number {
  if (!Number.isFinite(nu)) return Z;
  const z = Z, z3 = z ** 3, z5 = z ** 5, z7 = z ** 7, z9 = z ** 9;
  return z + (z3 + z) / (4 * nu) + (5 * z5 + 16 * z3 + 3 * z) / (96 * nu ** 2)
    + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * nu ** 3)
    + (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * nu ** 4);
}

/**
 * m2 − m1 with Welch's interval: se = √(s1²/n1 + s2²/n2), ν by Welch–Satterthwaite
 * (se⁴ / ((s1²/n1)²/(n1−1) + (s2²/n2)²/(n2−1))), d ± t₀.₉₇₅(ν)·se. Needs n ≥ 2 in each wave.
 */
export function meanChange(m1: number, s1: number, n1: number, m2: number, s2: number, n2: number): Change | null {
  if (n1 < 2 || n2 < 2) return null;
  const v1 = (s1 * s1) / n1, v2 = (s2 * s2) / n2;
  const se = Math.sqrt(v1 + v2);
  const d = m2 - m1;
  if (se === 0) return change(d, d, d, 3);
  const nu = (se ** 4) / (v1 ** 2 / (n1 - 1) + v2 ** 2 / (n2 - 1));
  const t = t975(nu);
  return change(d, d - t * se, d + t * se, 3);
}

/**
 * NPS2 − NPS1 in points: the difference of two independent multinomial nets (% promoters −
 * % detractors). Each wave's net is adjusted as in migration 012 (Bonett–Price: p̃ = (P + 1)/(n + 2),
 * q̃ = (D + 1)/(n + 2)) with variance (p̃ + q̃ − (p̃ − q̃)²)/(n + 2); the variances of independent
 * samples add: (ñet2 − ñet1) ± 1.96·√(var1 + var2), ×100. The point change stays the plain one.
 */
export function netChange(p1: number, d1: number, n1: number, p2: number, d2: number, n2: number): Change {
  const adj = (p: number, d: number, n: number) => {
    const pt = (p + 1) / (n + 2), qt = (d + 1) / (n + 2);
    return { net: pt - qt, v: (pt + qt - (pt - qt) ** 2) / (n + 2) };
  };
  const a = adj(p1, d1, n1), b = adj(p2, d2, n2);
  const half = Z * Math.sqrt(a.v + b.v);
  const centre = b.net - a.net;
  const diff = (p2 - d2) / n2 - (p1 - d1) / n1;
  return change(100 * diff, 100 * (centre - half), 100 * (centre + half), 1);
}
