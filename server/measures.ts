/** Figures composed from query rows: low-n flags, alignment and quadrants (DOMAIN.md "Measures"). */

export type Quadrant = 'resonating' | 'overpromised' | 'untold_strength' | 'blind_spot';

/** Marks a figure whose n is below the minimum: returned, flagged, never hidden. */
export function flagLowN<T extends { n: number }>(row: T, minN: number): T & { low_n: boolean } {
  return { ...row, low_n: row.n < minN };
}

/**
 * A(g) = 1 − ½ Σ_v |E(v) − S(v,g)|: 1 when a group talks about the values in the brand's
 * proportions. Null when either side names no value at all (there is no distribution to compare).
 */
export function alignment(pairs: { emphasis: number | null; voiceShare: number | null }[]): number | null {
  if (!pairs.length || pairs.some((p) => p.emphasis === null || p.voiceShare === null)) return null;
  if (pairs.every((p) => p.emphasis === 0)) return null;
  const distance = pairs.reduce((sum, p) => sum + Math.abs(p.emphasis! - p.voiceShare!), 0);
  return Math.round((1 - distance / 2) * 10000) / 10000;
}

/** Emphasised means E(v) ≥ 1/k for a brand of k values; positive means net > 0. */
export function quadrant(emphasis: number, net: number | null, k: number): Quadrant {
  const emphasised = k > 0 && emphasis >= 1 / k;
  const positive = net !== null && net > 0;
  if (emphasised) return positive ? 'resonating' : 'overpromised';
  return positive ? 'untold_strength' : 'blind_spot';
}

/**
 * The quadrant of a value as a group talks about it, or null ("not enough voices") when fewer than
 * minN of the group's segments name the value: at n = 1 one sentence would otherwise decide
 * "resonating" or "blind spot". The figure itself is still returned, flagged low_n.
 */
export function quadrantAtN(emphasis: number, net: number | null, k: number, n: number, minN: number): Quadrant | null {
  return n < minN ? null : quadrant(emphasis, net, k);
}

/** Rate per 10,000 residents, R(x) = n(x) / population × 10,000, to two decimals; null without a population. */
export function per10k(n: number, population: number | null | undefined): number | null {
  if (!population || population <= 0) return null;
  return Math.round((n / population) * 10_000 * 100) / 100;
}
