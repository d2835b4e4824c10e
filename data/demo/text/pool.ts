/** Phrase pools: templates keyed by "theme/polarity" or "theme/polarity/group". */
import type { Group } from '../../types.ts';

/** Sentence polarity as the generator plants it (mix = a clearly positive and a clearly negative clause). */
export type Polarity = 'pos' | 'neg' | 'neu' | 'mix';
export type Pool = Record<string, string[]>;

/** Merges several pools into one lookup table (later pools add to earlier keys). */
export function mergePools(...pools: Pool[]): Pool {
  const out: Pool = {};
  for (const pool of pools) for (const [key, list] of Object.entries(pool)) out[key] = [...(out[key] ?? []), ...list];
  return out;
}

/** Templates for a theme and polarity: the base list plus the group's own list, or [] when none exist. */
export function templatesFor(pool: Pool, theme: string, polarity: Polarity, group?: Group): string[] {
  const base = pool[`${theme}/${polarity}`] ?? [];
  const own = group ? pool[`${theme}/${polarity}/${group}`] ?? [] : [];
  return [...base, ...own, ...own];
}
