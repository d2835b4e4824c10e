/** The generator's own record of every opinion sentence it wrote: the ground truth tests check proportions on. */
import type { ThemeId } from '../types.ts';
import type { Polarity } from './text/pool.ts';
import type { Lang } from './text/compose.ts';

export type LedgerLine = {
  city: string;
  source: 'survey' | 'focus-group' | 'social' | 'brand';
  /** The writer's real group (for social posts too, although the manifest says 'unknown'). */
  group: 'resident' | 'international' | 'visitor';
  date: number;
  theme: ThemeId;
  polarity: Polarity;
  lang: Lang;
  text: string;
};

export type Ledger = LedgerLine[];
