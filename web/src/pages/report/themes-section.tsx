/** Report page 3: what people talk about, and where each audience is most negative. */
import { useMemo } from 'preact/hooks';
import type { Group, ThemesResponse } from '../../../../data/types.ts';
import { isWeak } from '../../charts/base.ts';
import { describeThemes, themeBars, THEME_ROW_PX } from '../../charts/theme-bars.ts';
import { fmtInt, fmtShare, fmtSigned } from '../../format/intl.ts';
import { GROUP_LABEL, themeLabel } from '../../format/labels.ts';
import { ChartImage } from './chart-image.tsx';

const GROUPS: Group[] = ['resident', 'international', 'visitor'];

/** "Internationals are most negative about housing: net −52, n = 312" for each group with enough data. */
export function worstPerGroup(d: ThemesResponse): string[] {
  return GROUPS.flatMap((g) => {
    const rows = d.byGroup.filter((r) => r.group === g && r.theme !== 'unclassified' && r.net != null && !isWeak(r, d.minN));
    const worst = rows.sort((a, b) => a.net! - b.net!)[0];
    if (!worst) return [];
    const best = rows[rows.length - 1];
    const tail = best && best !== worst ? `; most positive about ${themeLabel(best.theme).toLowerCase()} (net ${fmtSigned(best.net)}, n = ${fmtInt(best.n)})` : '';
    const verb = worst.net! < 0 ? 'most negative' : 'least positive';
    return [`${GROUP_LABEL[g]} are ${verb} about ${themeLabel(worst.theme).toLowerCase()}: net ${fmtSigned(worst.net)}, n = ${fmtInt(worst.n)}${tail}.`];
  });
}

/** Top themes as an image, with the findings per audience in words. */
export function ThemesSection({ d }: { d: ThemesResponse }) {
  const top = useMemo(() => d.themes.filter((t) => t.n > 0 && t.theme !== 'unclassified').sort((a, b) => b.share - a.share).slice(0, 12), [d]);
  const f = useMemo(() => describeThemes(top, d.minN), [top]);
  const option = useMemo(() => themeBars(top, d.minN, f.summary), [top]);
  return (
    <section class="report-section" data-section="themes">
      <h2 class="report-part">Themes</h2>
      <h3>{f.title}</h3>
      <ul class="report-facts">
        {worstPerGroup(d).map((s) => <li>{s}</li>)}
      </ul>
      <ChartImage id="themes" option={option} width={680} height={top.length * THEME_ROW_PX + 40} alt={f.summary} />
      <p class="report-note">
        Bar length = share of audience segments ({fmtShare(d.unclassifiedShare)} carry no theme); colour = net sentiment, red negative, blue positive.
      </p>
    </section>
  );
}
