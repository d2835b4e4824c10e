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

/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients; relative error below 1e-13). */
function lnGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The regularised incomplete beta I_x(a, b), by its continued fraction (Lentz's method). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = Math.exp(a * Math.log(x) + b * Math.log(1 - x) - (lnGamma(a) + lnGamma(b) - lnGamma(a + b))) / a;
  const tiny = 1e-300;
  let f = 1, c = 1, d = 0;
  for (let i = 0; i <= 400; i++) {
    const m = Math.floor(i / 2);
    const num = i === 0 ? 1 : i % 2 === 0 ? (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) : -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 + num * d; d = Math.abs(d) < tiny ? tiny : d; d = 1 / d;
    c = 1 + num / c; c = Math.abs(c) < tiny ? tiny : c;
    f *= c * d;
    if (Math.abs(1 - c * d) < 1e-12) break;
  }
  return front * (f - 1);
}

/** The 0.975 quantile of Student's t with ν (not necessarily whole) degrees of freedom, by bisection on its CDF. */
export function t975(nu: number): number {
  if (!Number.isFinite(nu) || nu > 1e7) return Z;
  // P(T > t) = ½·I_{ν/(ν+t²)}(ν/2, ½); find t with P(T > t) = 0.025
  let lo = 1.9, hi = 1e4;
  for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
    const mid = (lo + hi) / 2;
    if (0.5 * incompleteBeta(nu / (nu + mid * mid), nu / 2, 0.5) > 0.025) lo = mid; else hi = mid;
  }
  return (lo + hi) / 2;
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
