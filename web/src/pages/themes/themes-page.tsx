/** The Themes page: themes × audience groups, the journey stages, the unclassified share and new-term candidates. */
import { BreakdownCard } from '../../components/breakdown-card.tsx';
import { useMemo } from 'preact/hooks';
import type { Group, ThemeOrUnclassified, ThemesResponse } from '../../../../data/types.ts';
import { useThemes } from '../../api/use-themes.ts';
import '../../charts/echarts-heatmap.ts';
import { describeHeatmap, heatmapAxes, heatmapHeight, heatmapTable, themeHeatmap } from '../../charts/theme-heatmap.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { LanguageCaveatNote } from '../../components/language-caveat.tsx';
import { SentimentLegend } from '../../components/sentiment-legend.tsx';
import { ChartSkeleton, EmptyState, ErrorBox } from '../../components/states.tsx';
import { pageFilters } from '../../evidence/ev-param.ts';
import { openEvidence } from '../../evidence/open.ts';
import { fileStem } from '../../export/download.ts';
import { fmtInt, fmtShare } from '../../format/intl.ts';
import { GROUP_LABEL, themeLabel } from '../../format/labels.ts';
import { onLinkClick } from '../../router/location.ts';
import type { PageProps } from '../registry.ts';
import { CustomTerms } from './custom-terms.tsx';
import { JourneyStrip } from './journey-strip.tsx';
import { SuggestedTerms } from './suggested-terms.tsx';
import './themes.css';

/** The themes of the city in the URL under the page's filters. */
export default function ThemesPage({ filters, search }: PageProps) {
  const params = useMemo(() => {
    const { label: _l, q: _q, ...p } = pageFilters(search);
    return p;
  }, [search]);
  const res = useThemes(params);
  // After a term edit the figures refetch: the last answer stays on screen meanwhile, so the
  // control that made the edit (and its status line) is not unmounted by a skeleton.
  const data = res.status === 'ready' ? res.data : res.status === 'loading' ? res.stale : undefined;
  return (
    <div class="page themes">
      <div class="page-heading">
        <h1>Themes</h1>
        <p class="muted">{filters.city} · what people talk about, and how each audience feels about it</p>
      </div>
      {!data && res.status === 'loading' && <><ChartSkeleton rows={3} height={120} id="journey" /><ChartSkeleton rows={10} height={420} id="theme-heatmap" /></>}
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {data && data.themes.every((t) => t.n === 0) && (
        <EmptyState title="No segments for this selection">
          <p>Upload survey exports, focus-group notes or social posts on the <a href="/sources" onClick={onLinkClick}>Sources</a> page, or widen the filters.</p>
        </EmptyState>
      )}
      {data && data.themes.some((t) => t.n > 0) && <LanguageCaveatNote caveat={data.languageCaveat} />}
      {data && data.themes.some((t) => t.n > 0) && <ThemesBody d={data} search={search} onChanged={res.reload} />}
    </div>
  );
}

function ThemesBody({ d, search, onChanged }: { d: ThemesResponse; search: string; onChanged: () => void }) {
  const q = new URLSearchParams(search);
  const heat = useMemo(() => {
    const f = describeHeatmap(d.themes, d.byGroup, d.minN);
    return { ...f, option: themeHeatmap(d.themes, d.byGroup, d.minN, f.summary, window.innerWidth < 640), table: heatmapTable(d.themes, d.byGroup, d.minN), axes: heatmapAxes(d.themes, d.byGroup) };
  }, [d]);
  const total = d.themes.find((t) => t.theme === 'unclassified');
  const n = d.byGroup.reduce((a, c) => a + (heat.axes.rows.includes(c.theme) ? c.n : 0), 0);
  const onCell = (p: unknown) => {
    const e = p as { componentType?: string; value?: number[] };
    if (e.componentType !== 'series' || !e.value) return;
    const theme = heat.axes.rows[e.value[1]];
    const group: Group = heat.axes.cols[e.value[0]];
    if (theme && group) openEvidence({ theme, group }, `${themeLabel(theme)} · ${GROUP_LABEL[group]}`);
  };
  const lf = d.loudFew;
  return (
    <>
      {d.breakdown && (
        <BreakdownCard breakdown={d.breakdown} title="Themes by speaker" keyName="Theme" minN={d.minN}
          keyLabel={(k) => themeLabel(k as ThemeOrUnclassified)}
          keys={[null, ...d.themes.filter((t) => t.n > 0).sort((a, b) => b.n - a.n).slice(0, 10).map((t) => t.theme)]} />
      )}
      <JourneyStrip themes={d.themes} minN={d.minN} />
      <ChartCard
        id="theme-heatmap"
        class="wide"
        title={heat.title}
        subtitle="How does each audience feel about each theme? Net sentiment in points (% positive − % negative); rows by volume. Click a cell for its quotes."
        source={`n = ${fmtInt(n)} theme mentions by ${heat.axes.cols.length} ${heat.axes.cols.length === 1 ? 'group' : 'groups'} · cells under ${fmtInt(d.minN)} segments are pale with ⚠ · ${d.city}`}
        option={heat.option}
        height={heatmapHeight(heat.axes.rows.length)}
        table={heat.table}
        fileStem={fileStem([d.city, 'themes-by-group', q.get('group'), q.get('source')])}
        footer={<SentimentLegend />}
        onChartClick={onCell}
      />
      <div class="themes-facts">
        <section class="card fact" data-fact="unclassified">
          <p class="fact-value">{fmtShare(d.unclassifiedShare)}</p>
          <p>
            of segments match no theme{total ? ` (n = ${fmtInt(total.n)})` : ''}.{' '}
            <button type="button" class="link-button" onClick={() => openEvidence({ theme: 'unclassified' }, 'Segments with no theme')}>Read them</button>
          </p>
        </section>
        <section class="card fact" data-fact="loud-few">
          <p class="fact-value">{lf.top1_share == null ? '–' : fmtShare(lf.top1_share)}</p>
          <p>
            {lf.top1_share == null
              ? 'No social posts in this selection.'
              : `of social segments come from the most active 1% of authors (${fmtInt(lf.top_authors)} of ${fmtInt(lf.authors)} authors, ${fmtInt(lf.segments)} segments). A few loud voices can tilt social figures.`}
          </p>
        </section>
      </div>
      <SuggestedTerms city={d.city} terms={d.suggestedTerms} onChanged={onChanged} />
      <CustomTerms onChanged={onChanged} />
    </>
  );
}
