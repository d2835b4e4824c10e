/** One chart card per city on shared scales; a click opens the quotes behind the bar, in that city. */
import { useMemo, useState } from 'preact/hooks';
import type { CompareCity, CompareResponse, ThemeId } from '../../../../data/types.ts';
import { PRESET_THEMES } from './preset-themes.ts';
import { compareBars, describeCity, dimensionLabel, dimensionOrder, sharedMax } from '../../charts/compare-multiples.ts';
import { cityColor } from '../../charts/city-colors.ts';
import type { TableSpec } from '../../charts/types.ts';
import { ChartCard } from '../../components/chart-card.tsx';
import { fileStem } from '../../export/download.ts';
import { fmtInt } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';
import { openCityEvidence } from './compare-state.ts';

type Props = { d: CompareResponse; themes: CompareResponse | null; scope: string };

/** The small multiples, and for a preset the themes of a clicked dimension with their own quotes. */
export function Multiples({ d, themes, scope }: Props) {
  const order = useMemo(() => dimensionOrder(d, d.preset === 'themes' ? 12 : 6), [d]);
  const max = useMemo(() => sharedMax(d), [d]);
  const [picked, setPicked] = useState<{ city: string; dim: string } | null>(null);

  const click = (c: CompareCity) => (p: unknown) => {
    const dim = order[(p as { dataIndex: number }).dataIndex];
    const x = c.dimensions.find((y) => y.dimension === dim);
    if (!dim || !x) return;
    if (d.preset === 'themes') openCityEvidence(c.city, { theme: dim }, `${c.city} · ${dimensionLabel(d, dim)} · n = ${fmtInt(x.n)}`);
    // A preset dimension joins several themes; the quotes API filters one theme at a time.
    else setPicked({ city: c.city, dim });
  };

  return (
    <>
      <div class="multiples">
        {d.cities.map((c, i) => {
          const f = describeCity(d, c);
          const table: TableSpec = {
            columns: [{ key: 'dim', label: 'Dimension' }, { key: 'share', label: 'Share', format: 'share' }, { key: 'net', label: 'Net', format: 'signed' }, { key: 'n', label: 'n', format: 'int' }],
            rows: order.map((dim) => {
              const x = c.dimensions.find((y) => y.dimension === dim);
              return { dim: dimensionLabel(d, dim), share: x?.share ?? 0, net: x?.net ?? null, n: x?.n ?? 0, low_n: x?.low_n ?? true };
            }),
          };
          return (
            <ChartCard
              id={`compare-${i}`}
              class="multiple"
              title={`${c.city}: ${f.title}`}
              subtitle={`Share of the city's segments and net sentiment · ${scope}`}
              source={`n = ${fmtInt(c.overall.n)} segments (${fmtInt(c.documents)} documents) · overall net ${c.overall.net == null ? '–' : Math.round(c.overall.net)}${d.per === '10k' ? ` · ${c.population ? `population ${fmtInt(c.population.value)} (${c.population.source}, ${c.population.year})` : 'no population entered'}` : ''}`}
              option={compareBars(d, c, order, max, f.summary)}
              height={order.length * 34 + 30}
              table={table}
              fileStem={fileStem([c.city, 'compare', d.preset])}
              onChartClick={click(c)}
              controls={<span class="city-swatch" style={{ background: cityColor(i) }} aria-hidden="true" />}
            />
          );
        })}
      </div>
      {picked && <DimensionThemes d={d} themes={themes} picked={picked} onClose={() => setPicked(null)} />}
    </>
  );
}

/** The themes a preset dimension joins, for one city, each opening its own quotes (count = its n). */
function DimensionThemes({ d, themes, picked, onClose }: { d: CompareResponse; themes: CompareResponse | null; picked: { city: string; dim: string }; onClose: () => void }) {
  const ids: readonly ThemeId[] = PRESET_THEMES[d.preset as 'anholt' | 'expat']?.[picked.dim] ?? [];
  const city = themes?.cities.find((c) => c.city === picked.city);
  return (
    <section class="card dimension-themes" aria-live="polite" data-dimension={picked.dim}>
      <header class="card-head">
        <h2 class="card-title">{picked.dim} in {picked.city}: the themes it joins</h2>
        <button type="button" class="tool" onClick={onClose}>Close</button>
      </header>
      <p class="muted small">A segment can carry several of these themes, so their counts add up to more than the dimension's n.</p>
      <ul class="theme-links">
        {ids.map((t) => {
          const x = city?.dimensions.find((y) => y.dimension === t);
          const n = x?.n ?? 0;
          return (
            <li>
              <button type="button" class="link-button" disabled={n === 0} onClick={() => openCityEvidence(picked.city, { theme: t }, `${picked.city} · ${themeLabel(t)} · n = ${fmtInt(n)}`)}>
                {themeLabel(t)}
              </button>{' '}
              <span class="muted small">n = {fmtInt(n)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
