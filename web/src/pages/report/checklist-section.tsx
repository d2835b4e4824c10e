/** The report's checklist section: the 25 "Welcoming International Talent" items, status, evidence with n, assessment. */
import type { ChecklistResponse } from '../../../../data/checklist/types.ts';
import { STAGES, STAGE_LABELS } from '../../../../data/checklist/types.ts';
import { fmtN } from '../../format/intl.ts';
import { figureInterval, figureValue, STATUS_LABEL, statusCounts } from '../checklist/checklist-text.ts';
import { StatusBadge, ThresholdNote } from '../checklist/checklist-page.tsx';
import '../checklist/checklist.css';

/** One table per stage: item, status (assessed where an analyst set it), the evidence figures in words. */
export function ChecklistSection({ d }: { d: ChecklistResponse }) {
  const red = d.items.filter((i) => i.status === 'red');
  return (
    <section class="report-section" data-section="checklist">
      <h2 class="report-part">Welcoming international talent: the checklist</h2>
      <p>
        Of the 25 items: {statusCounts(d.items.map((i) => i.status))}.
        {red.length > 0 ? ` Red: ${red.map((i) => i.text.toLowerCase()).join('; ')}.` : ''}
      </p>
      <ThresholdNote d={d} />
      {STAGES.map((stage) => (
        <table class="data-table cl-report-table" data-stage={stage}>
          <caption>{STAGE_LABELS[stage]}</caption>
          <thead><tr><th scope="col">Item</th><th scope="col">Status</th><th scope="col">Evidence</th></tr></thead>
          <tbody>
            {d.items.filter((i) => i.stage === stage).map((i) => (
              <tr data-item={i.id}>
                <th scope="row">{i.text}{i.assessment?.note ? <div class="muted small">Note: {i.assessment.note}</div> : null}</th>
                <td>
                  <StatusBadge status={i.status} override={!!i.assessment?.status && i.assessment.status !== i.evidence_status} />
                  {i.assessment?.status && i.assessment.status !== i.evidence_status
                    ? <div class="muted small">evidence: {STATUS_LABEL[i.evidence_status]}</div> : null}
                </td>
                <td>
                  {i.evidence.map((f) => (
                    <div>{f.label}: {figureValue(f)} <span class="muted small">{fmtN(f.n)}{f.low_n ? ' ⚠' : ''}{figureInterval(f) ? `, 95% ${figureInterval(f)}` : ''}</span></div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
