/** The Compare page: two to ten cities side by side on themes or a preset, from `GET /api/compare`. */
import { useEffect, useMemo } from 'preact/hooks';
import { useCities } from '../../api/use-cities.ts';
import { useCompare } from '../../api/use-compare.ts';
import { compareTable } from '../../charts/compare-multiples.ts';
import { ChartSkeleton, ErrorBox } from '../../components/states.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { SentimentLegend } from '../../components/sentiment-legend.tsx';
import { downloadCsv, fileStem } from '../../export/download.ts';
import { withParam } from '../../router/filters.ts';
import { navigate } from '../../router/location.ts';
import { Segmented } from '../../shell/segmented.tsx';
import { describeFilters } from '../overview/context.ts';
import type { PageProps } from '../registry.ts';
import { CityChooser } from './city-chooser.tsx';
import { PRESETS, readCities, readPer, readPreset, setParam } from './compare-state.ts';
import { Distinctiveness } from './distinctiveness.tsx';
import { Multiples } from './multiples.tsx';
import { Per10k } from './per-10k.tsx';
import { RadarCard } from './radar-card.tsx';
import './compare.css';

const COUNTS: { value: '10k' | null; label: string }[] = [{ value: null, label: 'Share of segments' }, { value: '10k', label: 'Per 10,000 residents' }];

/** Cities, preset, the multiples (and the hexagon radar), the table and the values' distinctiveness. */
export default function ComparePage({ filters, search }: PageProps) {
  const all = useCities();
  const names = (all.data?.cities ?? []).map((c) => c.name);
  const chosen = readCities(search, filters.city, names);
  const preset = readPreset(search);
  const per = readPer(search);
  const res = useCompare(chosen, preset, filters, per);
  // Preset dimensions join themes; their theme figures let a click reach exact quotes.
  const themes = useCompare(preset === 'themes' ? [] : chosen, 'themes', filters);
  const scope = describeFilters(filters);

  // The choice goes into the URL at once, so a copied link (or a change of the page's city in
  // the header) keeps the same comparison.
  useEffect(() => {
    if (!new URLSearchParams(search).get('cities') && chosen.length >= 2) {
      navigate(window.location.pathname + withParam(search, 'cities', chosen.join(',')), { replace: true });
    }
  }, [search, chosen.join(',')]);

  const table = useMemo(() => (res.data ? compareTable(res.data) : null), [res.data]);
  return (
    <div class="page compare">
      <div class="page-heading">
        <h1>Compare {chosen.join(' · ')}</h1>
        <p class="muted">{scope}</p>
      </div>
      <div class="card compare-controls">
        {all.data && <CityChooser all={all.data.cities} chosen={chosen} />}
        <Segmented label="Measure" options={PRESETS} value={preset} onChange={(v) => setParam('preset', v === 'themes' ? null : v)} />
        <Segmented label="Counts" options={COUNTS} value={per} onChange={(v) => setParam('per', v)} />
      </div>
      {chosen.length < 2 && all.status === 'ready' && <p class="muted">Comparing needs at least two cities.</p>}
      {res.status === 'loading' && chosen.length >= 2 && (
        <div class="multiples">{chosen.map((c) => <ChartSkeleton rows={8} height={300} id={c} />)}</div>
      )}
      {res.status === 'error' && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.status === 'ready' && (
        <>
          {preset === 'anholt' && <RadarCard d={res.data} scope={scope} />}
          {res.data.per === '10k' && <Per10k d={res.data} />}
          <Multiples d={res.data} themes={themes.data ?? null} scope={scope} />
          <SentimentLegend />
          <Distinctiveness d={res.data} />
          {table && (
            <section class="card" aria-labelledby="compare-table-title" data-table="compare">
              <header class="card-head">
                <h2 id="compare-table-title" class="card-title">All figures, city by city</h2>
                <div class="card-tools">
                  <button type="button" class="tool" onClick={() => downloadCsv(`${fileStem(['compare', preset, ...chosen])}.csv`, table)}>CSV</button>
                </div>
              </header>
              <DataTable table={table} caption="Share of segments and net sentiment per city and dimension" />
              <p class="source-line">Shares are of each city's own audience segments, so cities of different sizes compare · minimum n {res.data.minN}</p>
            </section>
          )}
        </>
      )}
    </div>
  );
}
