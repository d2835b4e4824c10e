/** Term drift on the Brand resonance page: pick words, see the share of brand or audience segments using them per period. */
import { useMemo, useState } from 'preact/hooks';
import type { BrandValueInput, TermSeriesInterval, ValuesResponse } from '../../../../data/types.ts';
import { useBrandValues } from '../../api/use-brand-values.ts';
import { useTermSeries } from '../../api/use-term-series.ts';
import '../../charts/echarts-line.ts';
import { periodEnd, periodName, termDriftFinding, termDriftLines, termDriftTable } from '../../charts/term-drift.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { ChartSkeleton, ErrorBox } from '../../components/states.tsx';
import { openEvidence } from '../../evidence/open.ts';
import { fileStem } from '../../export/download.ts';
import { fmtInt } from '../../format/intl.ts';
import type { Filters } from '../../router/filters.ts';
import { Segmented } from '../../shell/segmented.tsx';

const MAX_TERMS = 12;
const TERM = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}' -]{0,59}$/u;

/**
 * Suggested words: the first term of each brand value, then the words the brand texts use most
 * beside them (the vocabulary gap's brand side), never the city's own name.
 */
export function suggestedTerms(d: ValuesResponse, values: BrandValueInput[]): string[] {
  const lexicon = values.flatMap((v) => v.terms.slice(0, 1));
  const brand = d.vocabularyGap.filter((g) => g.side === 'brand').flatMap((g) => g.terms.slice(0, 2));
  const city = d.city.toLowerCase();
  return [...new Set([...lexicon, ...brand].map((t) => t.toLowerCase()))].filter((t) => t !== city && TERM.test(t)).slice(0, MAX_TERMS);
}

type Props = { d: ValuesResponse; filters: Filters; scope: string };

/** The chart with its term picker, source (audience or brand texts) and period controls. */
export function TermDriftCard({ d, filters, scope }: Props) {
  const lexicon = useBrandValues(filters.city);
  const values = lexicon.status === 'loading' ? lexicon.stale : lexicon.data;
  if (lexicon.status === 'loading' && !values) return <ChartSkeleton rows={4} height={320} id="term-drift" />;
  // a new city starts from its own suggested words
  return <TermDrift key={d.city} d={d} filters={filters} scope={scope} values={values ?? []} />;
}

function TermDrift({ d, filters, scope, values }: Props & { values: BrandValueInput[] }) {
  const suggested = useMemo(() => suggestedTerms(d, values), [d, values]);
  const [terms, setTerms] = useState<string[]>(() => suggested.slice(0, 3));
  const [source, setSource] = useState<'brand' | 'audience'>('audience');
  const [interval, setInterval] = useState<TermSeriesInterval>('quarter');
  const [draft, setDraft] = useState('');
  const res = useTermSeries(filters, terms, source, interval);
  const toggle = (t: string) => setTerms(terms.includes(t) ? terms.filter((x) => x !== t) : [...terms, t].slice(0, MAX_TERMS));
  const clean = draft.trim().toLowerCase();
  const add = (e: Event) => {
    e.preventDefault();
    if (TERM.test(clean) && !terms.includes(clean)) setTerms([...terms, clean].slice(0, MAX_TERMS));
    setDraft('');
  };
  const picker = (
    <div class="term-drift-controls">
      <div class="chips" role="group" aria-label="Terms to follow">
        {[...new Set([...suggested, ...terms])].map((t) => (
          <button type="button" class="tool" aria-pressed={terms.includes(t)} data-term={t} onClick={() => toggle(t)}>{t}</button>
        ))}
      </div>
      <form class="term-add" onSubmit={add}>
        <input aria-label="Add a term" placeholder="Add a word, e.g. cosmopolitan" value={draft} maxLength={60} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        <button type="submit" class="tool" disabled={!TERM.test(clean) || terms.length >= MAX_TERMS}>Add</button>
      </form>
      <Segmented label="Segments" value={source} onChange={(v) => v && setSource(v)} options={[{ value: 'audience', label: 'Audiences' }, { value: 'brand', label: 'Brand texts' }]} />
      <Segmented label="Per" value={interval} onChange={(v) => v && setInterval(v)} options={[{ value: 'month', label: 'Month' }, { value: 'quarter', label: 'Quarter' }, { value: 'year', label: 'Year' }]} />
    </div>
  );
  if (terms.length === 0) return <section class="card" data-chart="term-drift"><h2 class="card-title">Pick words to follow over time</h2>{picker}</section>;
  if (res.status === 'error') return <ErrorBox error={res.error} onRetry={res.reload} />;
  const data = res.status === 'ready' ? res.data : res.stale;
  if (!data) return <ChartSkeleton rows={4} height={320} id="term-drift" />;
  const finding = termDriftFinding(data);
  const n = [...new Map(data.points.map((p) => [p.period, p.n])).values()].reduce((a, b) => a + b, 0);
  const onClick = (p: unknown) => {
    const { seriesId, dataIndex } = p as { seriesId?: string; dataIndex: number };
    if (!seriesId?.startsWith('line:')) return;
    const term = seriesId.slice('line:'.length);
    const period = [...new Set(data.points.map((x) => x.period))].sort()[dataIndex];
    // the chart reads every audience source (or the brand texts): the drawer does the same
    openEvidence({ word: term, from: period, to: periodEnd(period, data.interval), source: data.source === 'brand' ? 'brand' : '', group: data.source === 'brand' ? '' : undefined },
      `“${term}” · ${periodName(period, data.interval)}`);
  };
  return (
    <ChartCard
      id="term-drift"
      title={finding.title}
      subtitle={`How does the vocabulary drift? The share of ${data.source === 'brand' ? 'brand texts\' segments' : 'audience segments'} using each word (whole words, any case), per ${data.interval}, with 95% bands · ${scope}`}
      source={`n = ${fmtInt(n)} dated segments · words matched as whole words; click a point for the segments behind it`}
      option={termDriftLines(data, finding.summary)}
      height={320}
      table={termDriftTable(data)}
      fileStem={fileStem([d.city, 'term-drift', data.source, data.interval])}
      controls={picker}
      onChartClick={onClick}
    />
  );
}
