/** Report page 4: the closed survey items and the Net Promoter Score. */
import { useMemo } from 'preact/hooks';
import type { SurveyResponse } from '../../../../data/types.ts';
import { describeLikert, itemLabel, LIKERT_ROW_PX, likertBars } from '../../charts/likert-bars.ts';
import { describeNps } from '../../charts/nps-bars.ts';
import { fmtInt, fmtShare } from '../../format/intl.ts';
import { withDistinctTexts } from '../survey/item-names.ts';
import { ChartImage } from './chart-image.tsx';

/** Likert items of all respondents as diverging bars, each item's agreement in words, NPS. */
export function SurveySection({ d, scope }: { d: SurveyResponse; scope: string }) {
  // one item per file and question; items sharing a question text are named with their file
  const all = useMemo(() => withDistinctTexts(d.items), [d]);
  const items = useMemo(() => all.filter((i) => i.kind === 'likert' && i.group === 'all' && i.n > 0), [all]);
  const f = useMemo(() => describeLikert(items, scope), [items]);
  const option = useMemo(() => likertBars(items, f.summary), [items]);
  // the first 0–10 recommend item, its rows for all respondents and each group
  const firstNps = all.find((i) => i.kind === 'nps');
  const nps = all.filter((i) => i.kind === 'nps' && i.item_id === firstNps?.item_id);
  return (
    <section class="report-section" data-section="survey">
      <h2 class="report-part">Survey</h2>
      {items.length === 0 && nps.length === 0 && <p>No closed survey questions were uploaded for this city.</p>}
      {items.length > 0 && (
        <>
          <h3>{f.title}</h3>
          <ChartImage id="survey" option={option} width={680} height={items.length * LIKERT_ROW_PX + 60} alt={f.summary} />
          <ul class="report-facts">
            {items.map((i) => (
              <li>
                “{itemLabel(i.text)}”: {fmtShare(i.top2 ?? 0)} agree, {fmtShare(i.bottom2 ?? 0)} disagree (n = {fmtInt(i.n)}{i.low_n ? ', read with care' : ''})
              </li>
            ))}
          </ul>
        </>
      )}
      {nps.length > 0 && <p><b>{describeNps(nps, scope).title}.</b> NPS = % promoters (9–10) − % detractors (0–6) on the 0–10 recommend question.</p>}
    </section>
  );
}
