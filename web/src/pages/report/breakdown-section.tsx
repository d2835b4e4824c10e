/** Report page: the figures broken down by the axis chosen in the header (`by=`), as a printed table. */
import { axisValueLabel, AXIS_LABELS, type Breakdown } from '../../../../data/speaker.ts';
import type { ThemeOrUnclassified } from '../../../../data/types.ts';
import { fmtInt, fmtSigned } from '../../format/intl.ts';
import { themeLabel } from '../../format/labels.ts';

/** Every speaker group overall, then the themes most talked about, each with n, net, interval and the low-n flag. */
export function BreakdownSection({ b, themes, minN }: { b: Breakdown; themes: ThemeOrUnclassified[]; minN: number }) {
  const axis = AXIS_LABELS[b.by];
  const rows = [null, ...themes].flatMap((k) => b.rows.filter((r) => r.key === k));
  return (
    <section class="report-section" data-section="breakdown" data-by={b.by}>
      <h2 class="report-part">Breakdown by {axis.toLowerCase()}</h2>
      <h3>Who says what: net sentiment by {axis.toLowerCase()}, overall and for the main themes</h3>
      <table class="data-table report-table">
        <thead>
          <tr><th scope="col">Theme</th><th scope="col">{axis}</th><th scope="col" class="num">n</th><th scope="col" class="num">Net</th><th scope="col" class="num">95% interval</th><th scope="col">Low n</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr class={r.low_n ? 'low-n' : undefined}>
              <th scope="row">{r.key ? themeLabel(r.key as ThemeOrUnclassified) : 'All themes'}</th>
              <td>{axisValueLabel(b.by, r.value)}</td>
              <td class="num">{fmtInt(r.n)}</td>
              <td class="num">{r.net == null ? '–' : fmtSigned(r.net)}</td>
              <td class="num">{r.low == null ? '–' : `${fmtSigned(r.low)} to ${fmtSigned(r.high)}`}</td>
              <td>{r.low_n ? '⚠' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="report-note">
        Net = % positive − % negative segments, with its 95% interval (Bonett–Price); ⚠ marks rows under {fmtInt(minN)} segments, shown but not to be read alone.
      </p>
    </section>
  );
}
