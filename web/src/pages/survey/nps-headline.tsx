/** The NPS as a big signed number with its interval, promoters and detractors, and n. */
import type { SurveyItemFigure } from '../../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../../format/intl.ts';

/** Headline figures of the first 0–10 recommend item for the chosen group. */
export function NpsHeadline({ item, respondents }: { item: SurveyItemFigure | undefined; respondents: number }) {
  return (
    <dl class="stats survey-stats">
      <div class="stat" data-stat="respondents">
        <dt>Respondents</dt>
        <dd class="stat-value">{fmtInt(respondents)}</dd>
      </div>
      {item && item.nps != null && (
        <>
          <div class={`stat${item.low_n ? ' low-n' : ''}`} data-stat="nps" title={item.text}>
            <dt>Net Promoter Score</dt>
            <dd class={`stat-value ${item.nps < 0 ? 'neg' : 'pos'}`}>{fmtSigned(item.nps)}</dd>
            <dd class="stat-note">
              95% {fmtSigned(item.nps_low)} to {fmtSigned(item.nps_high)} · n = {fmtInt(item.n)}
              {item.low_n && ' ⚠'}
            </dd>
          </div>
          <div class="stat" data-stat="promoters">
            <dt>Promoters (9–10)</dt>
            <dd class="stat-value">{fmtShare(item.promoters ?? 0)}</dd>
            <dd class="stat-note">Detractors (0–6) {fmtShare(item.detractors ?? 0)}</dd>
          </div>
        </>
      )}
    </dl>
  );
}
