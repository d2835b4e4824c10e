/**
 * Counts per 10,000 residents (`per=10k`): documents, segments and each dimension's segments, per
 * city, beside the population's source and year. Shares and nets are never rescaled; a city
 * without a population stays in the table, marked "no population entered".
 */
import type { CompareCity, CompareResponse } from '../../../../data/types.ts';
import { cityColor } from '../../charts/city-colors.ts';
import { dimensionLabel, dimensionOrder } from '../../charts/compare-multiples.ts';
import type { TableSpec } from '../../charts/types.ts';
import { downloadCsv, fileStem } from '../../export/download.ts';
import { fmtDecimal, fmtInt, fmtN } from '../../format/intl.ts';
import { openCityEvidence } from './compare-state.ts';

const rateOf = (c: CompareCity, dim: string) => c.per10k?.dimensions.find((x) => x.dimension === dim) ?? null;

/** The rates as a table spec, for CSV: one row per city and dimension, with n and the population's source. */
export function per10kTable(d: CompareResponse, order: string[]): TableSpec {
  return {
    columns: [
      { key: 'city', label: 'City' }, { key: 'dimension', label: 'Dimension' }, { key: 'n', label: 'n', format: 'int' },
      { key: 'rate', label: 'Per 10,000 residents', format: 'decimal' }, { key: 'population', label: 'Population', format: 'int' },
      { key: 'source', label: 'Population source' }, { key: 'year', label: 'Population year' },
    ],
    rows: d.cities.flatMap((c) => [['documents', c.documents, c.per10k?.documents], ['segments', c.segments, c.per10k?.segments], ...order.map((dim) => [dim, rateOf(c, dim)?.n ?? c.dimensions.find((x) => x.dimension === dim)?.n ?? 0, rateOf(c, dim)?.rate])]
      .map(([dimension, n, rate]) => ({
        city: c.city, dimension: dimension as string, n: n as number, rate: (rate as number | undefined) ?? null,
        population: c.population?.value ?? null, source: c.population?.source ?? 'no population entered', year: c.population?.year ?? null,
      }))),
  };
}

/** The card: a column per city, its population and source on top, rates with their n below. */
export function Per10k({ d }: { d: CompareResponse }) {
  const order = dimensionOrder(d, d.preset === 'themes' ? 12 : 6);
  const withPop = d.cities.filter((c) => c.per10k);
  const top = withPop.flatMap((c) => (c.per10k?.dimensions ?? []).map((x) => ({ city: c.city, ...x }))).sort((a, b) => b.rate - a.rate)[0];
  const title = top
    ? `${top.city} has the most segments per 10,000 residents on ${dimensionLabel(d, top.dimension)}: ${fmtDecimal(top.rate)}`
    : 'No compared city has a population entered';
  const cell = (c: CompareCity, dim: string) => {
    const n = c.dimensions.find((x) => x.dimension === dim)?.n ?? 0;
    const r = rateOf(c, dim);
    const rate = c.per10k ? fmtDecimal(r?.rate ?? 0) : '–';
    // the quotes open from the rate, or from the n where there is no rate (no population)
    const open = d.preset === 'themes' && n > 0
      ? () => openCityEvidence(c.city, { theme: dim }, `${c.city} · ${dimensionLabel(d, dim)} · n = ${fmtInt(n)}`)
      : null;
    return (
      <td class="num" data-city={c.city} data-dimension={dim}>
        {open && c.per10k ? <button type="button" class="link-button" onClick={open}>{rate}</button> : rate}
        {' '}
        {open && !c.per10k
          ? <button type="button" class="link-button muted small" onClick={open}>{fmtN(n)}</button>
          : <span class="muted small">{fmtN(n)}</span>}
      </td>
    );
  };
  return (
    <section class="card per-10k" aria-labelledby="per10k-title" data-table="per-10k">
      <header class="card-head">
        <div>
          <h2 id="per10k-title" class="card-title">{title}</h2>
          <p class="card-subtitle">Counts per 10,000 residents = n ÷ population × 10,000. Shares and net sentiment are not rescaled.</p>
        </div>
        <div class="card-tools">
          <button type="button" class="tool" onClick={() => downloadCsv(`${fileStem(['compare', 'per-10k', ...d.cities.map((c) => c.city)])}.csv`, per10kTable(d, order))}>CSV</button>
        </div>
      </header>
      <div class="table-scroll">
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col">Per 10,000 residents</th>
              {d.cities.map((c, i) => (
                <th scope="col" class="num" style={{ borderTop: `3px solid ${cityColor(i)}` }} data-city={c.city}>
                  {c.city}
                  <span class="population muted small">
                    {c.population
                      ? `population ${fmtInt(c.population.value)} · ${c.population.source}, ${c.population.year}`
                      : 'no population entered'}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr><th scope="row">Documents</th>{d.cities.map((c) => <td class="num">{c.per10k ? fmtDecimal(c.per10k.documents) : '–'} <span class="muted small">{fmtN(c.documents)}</span></td>)}</tr>
            <tr><th scope="row">Segments</th>{d.cities.map((c) => <td class="num">{c.per10k ? fmtDecimal(c.per10k.segments) : '–'} <span class="muted small">{fmtN(c.segments)}</span></td>)}</tr>
            {order.map((dim) => <tr><th scope="row">{dimensionLabel(d, dim)}</th>{d.cities.map((c) => cell(c, dim))}</tr>)}
          </tbody>
        </table>
      </div>
      <p class="source-line">Population as entered on the Sources page, with its source and year · segments of each dimension are audience segments (moderators never count) · documents and segments are all of the city's, brand texts included</p>
    </section>
  );
}
