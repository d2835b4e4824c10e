/** Shapes the rows of data/queries/senders.sql into the sender-centred index (data/senders.ts). */
import { MOSTLY_OFFICIAL, type CityVoiced, type SenderRow, type SendersResponse } from '../data/senders.ts';
import type { Voice } from '../data/speaker.ts';
import type { SourceKind } from '../data/types.ts';

/** One row of senders.sql: a voice's count within a channel, theme or value. */
export type SenderQueryRow = {
  scope: 'channel' | 'theme' | 'value'; key: string; voice: Voice; n: number; total: number;
  share: number | null; low: number | null; high: number | null;
};

const CHANNELS = ['all', 'survey', 'focus-group', 'social', 'brand'] as const;

/**
 * The /api/quotes link of one share: every channel (source=any, brand texts included) unless the
 * figure is one channel's, and the voice, theme or value it stands for.
 */
export function senderQuotes(city: string, scope: SenderQueryRow['scope'], key: string, voice: Voice): string {
  const p = new URLSearchParams({ city, source: scope === 'channel' && key !== 'all' ? key : 'any', voice });
  if (scope === 'theme') p.set('theme', key);
  if (scope === 'value') p.set('value', key);
  return `/api/quotes?${p}`;
}

/** Groups the query rows per channel, theme and value, each with its voices in a fixed order. */
export function senderIndex(city: string, minN: number, rows: SenderQueryRow[]): SendersResponse {
  const grouped = (scope: SenderQueryRow['scope']): SenderRow[] => {
    const byKey = new Map<string, SenderRow>();
    for (const r of rows.filter((x) => x.scope === scope)) {
      let row = byKey.get(r.key);
      if (!row) byKey.set(r.key, (row = { key: r.key, n: r.total, low_n: r.total < minN, voices: [] }));
      row.voices.push({ voice: r.voice, n: r.n, share: r.share, low: r.low, high: r.high, quotes: senderQuotes(city, scope, r.key, r.voice) });
    }
    return [...byKey.values()];
  };
  const channels = grouped('channel') as SenderRow<'all' | SourceKind>[];
  channels.sort((a, b) => CHANNELS.indexOf(a.key) - CHANNELS.indexOf(b.key));
  const values = grouped('value');
  const cityVoiced: CityVoiced[] = values.flatMap((v) => {
    const official = v.voices.find((s) => s.voice === 'official');
    return official?.share != null && official.share > MOSTLY_OFFICIAL
      ? [{ value: v.key, share: official.share, n: v.n, low_n: v.low_n }] : [];
  });
  return { city, minN, channels, themes: grouped('theme'), values, cityVoiced };
}
