/** The Survey page: Likert items, NPS per group, single-choice, multi-select and numeric questions, and the open-answer themes, from `GET /api/survey`. */
import { BreakdownCard } from '../../components/breakdown-card.tsx';
import { useSurvey } from '../../api/use-survey.ts';
import { ChartSkeleton, EmptyState, ErrorBox, StatsSkeleton } from '../../components/states.tsx';
import { GROUP_LABEL } from '../../format/labels.ts';
import { onLinkClick } from '../../router/location.ts';
import { filterSearch } from '../../router/filters.ts';
import type { PageProps } from '../registry.ts';
import { SurveyCharts } from './survey-charts.tsx';
import { WavesCard } from './waves-card.tsx';
import './survey.css';

/** Survey results of the city in the URL; the header's audience toggle picks the group. */
export default function SurveyPage({ filters }: PageProps) {
  const survey = useSurvey(filters);
  const who = filters.group ? GROUP_LABEL[filters.group] : 'All respondents';
  return (
    <div class="page survey">
      <div class="page-heading">
        <h1>Survey</h1>
        <p class="muted">
          {filters.city} · {who} · closed questions and the open answers of the same respondents
        </p>
      </div>
      {survey.status === 'loading' && (
        <>
          <StatsSkeleton count={3} />
          <ChartSkeleton rows={5} height={260} id="likert" />
          <ChartSkeleton rows={4} height={200} id="nps" />
        </>
      )}
      {survey.status === 'error' && <ErrorBox error={survey.error} onRetry={survey.reload} />}
      {survey.status === 'ready' && survey.data.items.length === 0 && (
        <EmptyState title="No survey answers for this selection">
          <p>
            Upload a survey export (Qualtrics, SurveyMonkey, LimeSurvey, Google Forms or a CSV/XLSX with a column mapping) on
            the{' '}
            <a href={`/sources${filterSearch(filters)}`} onClick={onLinkClick}>
              Sources
            </a>{' '}
            page{filters.group ? ', or choose “All” audiences' : ''}.
          </p>
        </EmptyState>
      )}
      {survey.status === 'ready' && survey.data.items.length > 0 && <SurveyCharts d={survey.data} filters={filters} />}
      {survey.status === 'ready' && survey.data.items.length > 0 && <WavesCard filters={filters} />}
      {survey.status === 'ready' && survey.data.breakdown && (
        <BreakdownCard breakdown={survey.data.breakdown} title="Survey items by respondent" keyName="Question" minN={survey.data.minN}
          what="net agreement (% top-2-box − % bottom-2-box; the NPS for recommend questions)"
          keyLabel={(k) => survey.data.items.find((i) => String(i.item_id) === k)?.text ?? k} />
      )}
    </div>
  );
}
