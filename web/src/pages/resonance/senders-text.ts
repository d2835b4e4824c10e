/** Words and evidence of the sender-centred index (data/senders.ts), kept apart from the card's markup. */
import type { SenderRow, SenderShare, SendersResponse } from '../../../../data/senders.ts';
import type { Voice } from '../../../../data/speaker.ts';
import type { TableSpec } from '../../charts/types.ts';
import { EVIDENCE_KEYS, type EvidenceFilter } from '../../evidence/ev-param.ts';
import { fmtInt, fmtShare } from '../../format/intl.ts';

export const VOICE_ORDER: Voice[] = ['official', 'partner', 'user'];
export const VOICE_NAME: Record<Voice, string> = { official: 'The city', partner: 'Partners', user: 'Users' };

/**
 * The drawer filter of a share: its quotes link's parameters, and every other filter cleared,
 * because the index counts every channel and date whatever the page's filters are.
 */
export function shareEvidence(s: SenderShare): EvidenceFilter {
  const q = new URL(s.quotes, 'http://x').searchParams;
  const filter: EvidenceFilter = {};
  for (const k of EVIDENCE_KEYS) if (k !== 'city') filter[k] = q.get(k) ?? '';
  return filter;
}

/** "international · the city · 80 % · n = 5" for the drawer heading and screen readers. */
export function shareLabel(what: string, s: SenderShare, total: number): string {
  return `${what} · ${VOICE_NAME[s.voice].toLowerCase()} · ${s.share == null ? '–' : fmtShare(s.share)} of n = ${fmtInt(total)}`;
}

/** The card's title: how much of everything is the city's own voice. */
export function sendersTitle(d: SendersResponse): string {
  const all = d.channels.find((c) => c.key === 'all');
  const official = all?.voices.find((v) => v.voice === 'official');
  if (!all || all.n === 0 || official?.share == null) return 'Who speaks: no segments yet';
  return `${fmtShare(official.share)} of what is said is the city's own voice`;
}

/** The sentence naming the values said mostly (more than two thirds) by the city itself. */
export function cityVoicedSentence(d: SendersResponse): string {
  if (!d.values.length) return 'The city has no brand values yet.';
  if (!d.cityVoiced.length) return 'No brand value is said mostly (more than two thirds) by the city itself.';
  const parts = d.cityVoiced.map((v) => `“${v.value}” (${fmtShare(v.share)} official, n = ${fmtInt(v.n)}${v.low_n ? ', few segments' : ''})`);
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `Said mostly by the city itself, more than two thirds official: ${list}.`;
}

/** The rows of the table: brand values, then the `top` themes most named. */
export function tableRows(d: SendersResponse, top: number): { kind: 'value' | 'theme'; row: SenderRow }[] {
  return [
    ...d.values.map((row) => ({ kind: 'value' as const, row })),
    ...d.themes.slice(0, top).map((row) => ({ kind: 'theme' as const, row })),
  ];
}

/** Every figure of the index as one table (the card's CSV): scope, key, voice, n of total, share and interval. */
export function sendersTable(d: SendersResponse): TableSpec {
  const scoped: [string, SenderRow[]][] = [['channel', d.channels], ['value', d.values], ['theme', d.themes]];
  return {
    columns: [
      { key: 'scope', label: 'Scope' }, { key: 'key', label: 'Channel, value or theme' }, { key: 'voice', label: 'Voice' },
      { key: 'n', label: 'n (segments of the voice)', format: 'int' }, { key: 'total', label: 'n (segments)', format: 'int' },
      { key: 'share', label: 'Share', format: 'share' }, { key: 'low', label: '95% low', format: 'share' },
      { key: 'high', label: '95% high', format: 'share' }, { key: 'low_n', label: 'Low n' },
    ],
    rows: scoped.flatMap(([scope, rows]) => rows.flatMap((r) => r.voices.map((s) => ({
      scope, key: r.key, voice: s.voice, n: s.n, total: r.n, share: s.share, low: s.low, high: s.high, low_n: r.low_n,
    })))),
  };
}
