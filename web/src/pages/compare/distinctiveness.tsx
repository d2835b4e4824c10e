/** Each city's brand values with their emphasis and distinctiveness against the compared cities. */
import type { CompareResponse } from '../../../../data/types.ts';
import { cityColor } from '../../charts/city-colors.ts';
import { fmtDecimal, fmtInt, fmtShare } from '../../format/intl.ts';

/** What distinctiveness needs and what is missing when it is not shown. */
export function distinctivenessMissing(brandCities: number): string | null {
  if (brandCities >= 3) return null;
  const have = brandCities === 0 ? 'none of the compared cities has' : brandCities === 1 ? 'only one of the compared cities has' : 'only two of the compared cities have';
  return `Distinctiveness needs brand texts from at least three of the compared cities (the city and two others); ${have} brand texts naming its values. Upload the other cities' brand texts (source kind "brand") to see it.`;
}

/** One column per city: its values, most emphasised first. */
export function Distinctiveness({ d }: { d: CompareResponse }) {
  const missing = distinctivenessMissing(d.brandCities);
  const top = d.cities
    .flatMap((c) => c.values.map((v) => ({ city: c.city, ...v })))
    .filter((v) => v.distinctiveness != null)
    .sort((a, b) => b.distinctiveness! * b.emphasis - a.distinctiveness! * a.emphasis)[0];
  return (
    <section class="card" aria-labelledby="distinct-title" data-table="distinctiveness">
      <h2 id="distinct-title" class="card-title">
        {top ? `${top.city}'s “${top.value}” is the most distinctive claim: ${fmtShare(top.emphasis)} of its brand, ${fmtDecimal(top.distinctiveness!)}× the average` : 'Brand values of the compared cities'}
      </h2>
      <p class="card-subtitle">Distinctiveness = a value's brand emphasis ÷ the mean emphasis of the same value across the compared cities with brand texts (1 = typical; a value only one city claims scores the number of such cities, {fmtInt(d.brandCities)} here)</p>
      {missing && <p class="muted small" data-missing="distinctiveness">{missing}</p>}
      <div class="distinct-grid">
        {d.cities.map((c, i) => (
          <div class="distinct-city" style={{ borderTopColor: cityColor(i) }}>
            <h3>{c.city}</h3>
            {c.values.length === 0 ? <p class="muted small">No brand values</p> : (
              <table class="data-table">
                <thead><tr><th scope="col">Value</th><th scope="col" class="num">E</th><th scope="col" class="num">Distinct.</th></tr></thead>
                <tbody>
                  {[...c.values].sort((a, b) => b.emphasis - a.emphasis).map((v) => (
                    <tr><th scope="row">{v.value}</th><td class="num">{fmtShare(v.emphasis)}</td><td class="num">{v.distinctiveness == null ? '–' : fmtDecimal(v.distinctiveness)}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
