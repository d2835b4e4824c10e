/** The Report page: a print-ready A4 report per city for council meetings, one section per page. */
import { useChecklist } from '../../api/use-checklist.ts';
import { useAccuracy } from '../../api/use-models.ts';
import { useOverview } from '../../api/use-overview.ts';
import { useSurvey } from '../../api/use-survey.ts';
import { useThemes } from '../../api/use-themes.ts';
import { useTrend } from '../../api/use-trend.ts';
import { useValues } from '../../api/use-values.ts';
import { ErrorBox } from '../../components/states.tsx';
import { describeFilters } from '../overview/context.ts';
import type { PageProps } from '../registry.ts';
import { AccuracySection } from './accuracy-section.tsx';
import { BreakdownSection } from './breakdown-section.tsx';
import { ChecklistSection } from './checklist-section.tsx';
import { HeadlineSection } from './headline-section.tsx';
import { Methods } from './methods.tsx';
import { ResonanceSection } from './resonance-section.tsx';
import { SurveySection } from './survey-section.tsx';
import { ThemesSection } from './themes-section.tsx';
import { TrendSection } from './trend-section.tsx';
import './report.css';

/** Fetches every figure the report needs, then lays the sections out as A4 pages. */
export default function ReportPage({ filters }: PageProps) {
  const params: Record<string, string> = {};
  for (const k of ['city', 'group', 'source', 'by'] as const) if (filters[k]) params[k] = filters[k]!;
  const ov = useOverview(filters);
  const values = useValues(filters);
  const themes = useThemes(params);
  const survey = useSurvey(filters);
  const trend = useTrend({ ...params, interval: 'month' });
  const acc = useAccuracy();
  const checklist = useChecklist(filters);
  const all = [ov, values, themes, survey, trend, acc, checklist];
  const failed = all.find((r) => r.status === 'error');
  const ready = all.every((r) => r.status === 'ready');
  const scope = describeFilters(filters);
  const today = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(new Date());

  return (
    <div class="page report" data-ready={ready ? 'true' : undefined}>
      <div class="report-toolbar no-print">
        <p class="muted">A4 report for print or PDF · {scope}</p>
        <button type="button" class="button" onClick={() => window.print()} disabled={!ready}>Print / save as PDF</button>
      </div>
      {failed && <ErrorBox error={failed.error!} onRetry={failed.reload} />}
      {!ready && !failed && <p class="muted" aria-busy="true">Gathering the figures…</p>}
      {ready && (
        <article class="report-doc" aria-label={`Report on ${filters.city}`}>
          <HeadlineSection d={ov.data!} scope={scope} today={today} />
          <ResonanceSection d={values.data!} />
          <ThemesSection d={themes.data!} />
          {themes.data!.breakdown && (
            <BreakdownSection b={themes.data!.breakdown} minN={themes.data!.minN}
              themes={themes.data!.themes.filter((t) => t.n > 0 && t.theme !== 'unclassified').sort((a, b) => b.n - a.n).slice(0, 6).map((t) => t.theme)} />
          )}
          <SurveySection d={survey.data!} scope={scope} />
          <TrendSection d={trend.data!} />
          <ChecklistSection d={checklist.data!} />
          <AccuracySection ov={ov.data!} acc={acc.data!} />
          <Methods ov={ov.data!} values={values.data!} scope={scope} today={today} />
        </article>
      )}
    </div>
  );
}
