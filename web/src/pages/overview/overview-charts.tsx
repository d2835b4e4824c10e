/** The overview's three chart cards, built from one overview answer. */
import { useMemo } from 'preact/hooks';
import type { OverviewResponse } from '../../../../data/types.ts';
import { describeNetByGroup, netByGroupBars, netByGroupTable } from '../../charts/net-by-group.ts';
import { describeSourceGroups, sourceGroupBars, sourceGroupTable, type CountMeasure } from '../../charts/source-group-bars.ts';
import { THEME_ROW_PX, describeThemes, themeBars, themeTable } from '../../charts/theme-bars.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { SentimentLegend } from '../../components/sentiment-legend.tsx';
import { fileStem } from '../../export/download.ts';
import { withParam, type Filters } from '../../router/filters.ts';
import { navigate } from '../../router/location.ts';
import { Segmented } from '../../shell/segmented.tsx';
import { describeFilters, loudFewNote, sourceLine } from './context.ts';
import { openGroupEvidence, openSourceEvidence, openThemeEvidence } from './evidence-clicks.ts';

/** Net sentiment by group, documents by source and group, and top themes. */
export function OverviewCharts({ d, filters, search }: { d: OverviewResponse; filters: Filters; search: string }) {
  const scope = describeFilters(filters);
  // The count shown by the sources chart is part of the view, so it lives in the URL too.
  const measure: CountMeasure = new URLSearchParams(search).get('count') === 'segments' ? 'segments' : 'documents';
  const setMeasure = (m: CountMeasure | null) => navigate(window.location.pathname + withParam(search, 'count', m === 'segments' ? m : null));
  const stem = (what: string) => fileStem([d.city, what, filters.group, filters.source]);

  const net = useMemo(() => {
    const f = describeNetByGroup(d.netByGroup, d.minN);
    return { ...f, option: netByGroupBars(d.netByGroup, d.minN, f.summary), table: netByGroupTable(d.netByGroup, d.minN) };
  }, [d]);
  const docs = useMemo(() => {
    const f = describeSourceGroups(d.bySourceGroup, measure);
    return { ...f, option: sourceGroupBars(d.bySourceGroup, f.summary, measure), table: sourceGroupTable(d.bySourceGroup) };
  }, [d, measure]);
  const themes = useMemo(() => {
    const f = describeThemes(d.topThemes, d.minN);
    return { ...f, option: themeBars(d.topThemes, d.minN, f.summary), table: themeTable(d.topThemes, d.minN) };
  }, [d]);

  const loud = loudFewNote(d.loudFew);
  const netRows = net.table.rows.length;
  const docRows = new Set(d.bySourceGroup.filter((r) => r.documents > 0).map((r) => r.source)).size;
  return (
    <>
      <div class="chart-grid">
        <ChartCard
          id="net-by-group"
          title={net.title}
          subtitle={`How positive or negative is each audience? Net sentiment in points (% positive − % negative) · ${scope}`}
          source={sourceLine(d, 'net')}
          option={net.option}
          height={Math.max(140, netRows * 52 + 40)}
          table={net.table}
          fileStem={stem('net-sentiment-by-group')}
          footer={<SentimentLegend />}
          onChartClick={openGroupEvidence}
        />
        <ChartCard
          id="documents-by-source"
          title={docs.title}
          subtitle={`Where does the material come from, and who wrote it? · ${scope}`}
          source={sourceLine(d, 'documents')}
          controls={
            <Segmented<CountMeasure>
              label="Count"
              options={[{ value: 'documents', label: 'Documents' }, { value: 'segments', label: 'Segments' }]}
              value={measure}
              onChange={setMeasure}
            />
          }
          option={docs.option}
          height={Math.max(160, docRows * 56 + 56)}
          table={docs.table}
          fileStem={stem('documents-by-source-and-group')}
          footer={loud && <p class="loud-few" data-note="loud-few">⚠ {loud}</p>}
          onChartClick={openSourceEvidence}
        />
      </div>
      <ChartCard
        id="top-themes"
        class="wide"
        title={themes.title}
        subtitle={`What do people talk about, and how do they feel about it? Bar length = share of segments, colour = net sentiment · ${scope}`}
        source={sourceLine(d, 'themes')}
        option={themes.option}
        height={Math.max(160, themes.table.rows.length * THEME_ROW_PX + 40)}
        table={themes.table}
        fileStem={stem('top-themes')}
        footer={<SentimentLegend />}
        onChartClick={(p) => openThemeEvidence(d.topThemes, p)}
      />
    </>
  );
}
