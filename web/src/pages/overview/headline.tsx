/** The headline numbers of a city: documents, segments, period, languages, unscored share. */
import type { OverviewResponse } from '../../../../data/types.ts';
import { isWeak } from '../../charts/base.ts';
import { fmtInt, fmtPeriod, fmtShare, languageName } from '../../format/intl.ts';

function months(from: string | null, to: string | null): number | null {
  if (!from || !to) return null;
  const a = new Date(from);
  const b = new Date(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
}

/** Five big numbers with a grey line of context under each. */
export function Headline({ d }: { d: OverviewResponse }) {
  const langs = [...d.languages].sort((a, b) => b.segments - a.segments);
  const langTotal = langs.reduce((a, l) => a + l.segments, 0) || 1;
  const topLangs = langs.slice(0, 3).map((l) => `${languageName(l.language)} ${fmtShare(l.segments / langTotal)}`);
  const span = months(d.period.from, d.period.to);
  const unscoredShare = d.segments > 0 ? d.unscored / d.segments : 0;
  const lowN = [...d.netByGroup, ...d.topThemes].filter((r) => r.n > 0 && isWeak(r, d.minN)).length;

  const stats = [
    { id: 'documents', label: 'Documents', value: fmtInt(d.documents), note: 'responses, sessions, posts and brand texts' },
    { id: 'segments', label: 'Segments', value: fmtInt(d.segments), note: 'sentences and speaker turns analysed' },
    { id: 'period', label: 'Period', value: span ? `${fmtInt(span)} months` : '–', note: span ? fmtPeriod(d.period.from, d.period.to) : 'undated material' },
    { id: 'languages', label: 'Languages', value: fmtInt(langs.length), note: topLangs.join(' · ') || 'none detected' },
    { id: 'unscored', label: 'Unscored', value: fmtShare(unscoredShare), note: `${fmtInt(d.unscored)} ${d.unscored === 1 ? 'segment' : 'segments'} without a sentiment score` },
  ];
  return (
    <>
      <dl class="stats">
        {stats.map((s) => (
          <div class="stat" data-stat={s.id}>
            <dt>{s.label}</dt>
            <dd class="stat-value">{s.value}</dd>
            <dd class="stat-note">{s.note}</dd>
          </div>
        ))}
      </dl>
      {lowN > 0 && (
        <p class="low-n-note" role="note">
          ⚠ {fmtInt(lowN)} {lowN === 1 ? 'figure rests' : 'figures rest'} on fewer than {fmtInt(d.minN)} segments; they
          are drawn pale — read them with care.
        </p>
      )}
    </>
  );
}
