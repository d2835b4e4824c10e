/** The report's accuracy section: per language of the material, how often its labels agree with readers. */
import type { AccuracyResponse, OverviewResponse } from '../../../../data/types.ts';
import { fmtInt, fmtN, fmtShare, languageName } from '../../format/intl.ts';

/** One line per language the city's segments are in, with the share of segments and the agreement behind it. */
export function AccuracySection({ ov, acc }: { ov: OverviewResponse; acc: AccuracyResponse }) {
  const total = ov.languages.reduce((s, l) => s + l.segments, 0);
  const model = acc.activeVersion === 0 ? 'the model shipped with brandgap' : `model version ${acc.activeVersion}, retrained with this installation's corrections`;
  return (
    <section class="report-section" data-section="accuracy">
      <h2 class="report-part">How far the labels can be trusted</h2>
      <p>
        Sentiment and themes were labelled by {model}. Its agreement with careful readers differs by language; a figure resting mostly
        on a language below 70% carries a warning in the dashboard.{ov.languageCaveat ? ` ${ov.languageCaveat.message}` : ''}
      </p>
      <table class="data-table">
        <thead>
          <tr><th scope="col">Language</th><th scope="col" class="num">Share of segments</th><th scope="col" class="num">Agreement with readers</th><th scope="col" class="num">Corrections here</th></tr>
        </thead>
        <tbody>
          {ov.languages.filter((l) => l.segments > 0).map((l) => {
            const row = acc.languages.find((a) => a.language === l.language);
            const f = row?.testSplit ?? row?.crossValidated;
            return (
              <tr>
                <th scope="row">{languageName(l.language)}</th>
                <td class="num">{fmtShare(total ? l.segments / total : 0)} <span class="muted small">{fmtN(l.segments)}</span></td>
                <td class="num">{f ? <>{fmtShare(f.accuracy)} <span class="muted small">{fmtN(f.n)}, {row?.testSplit ? 'test split' : 'cross-validated'}</span></> : 'not measured'}</td>
                <td class="num">{fmtInt(row?.corrections.n ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
