/** The first-run empty state: no city has any data yet, so say what to upload and how. */
import { EmptyState } from '../components/states.tsx';
import { findPage } from '../pages/registry.ts';
import { onLinkClick } from '../router/location.ts';

/** Shown when `GET /api/cities` answers an empty list. */
export function NoData() {
  return (
    <EmptyState title="No data yet">
      <p>
        brandgap reads what people say about your city and what the city says about itself.{' '}
        {findPage('/sources') ? (
          <>
            Upload any of these on the <a href="/sources" onClick={onLinkClick}>Sources</a> page:
          </>
        ) : (
          'Load any of these:'
        )}
      </p>
      <ul>
        <li><b>Survey exports</b> — Qualtrics, SurveyMonkey or Google Forms (CSV or XLSX), closed and open questions.</li>
        <li><b>Focus-group notes</b> — transcripts with speaker turns (DOCX, PDF or TXT).</li>
        <li><b>Social posts</b> — exports of posts and comments (CSV or JSON).</li>
        <li><b>Brand texts</b> — campaign copy, brand book, website texts, slogans.</li>
      </ul>
      <p class="muted">
        From a terminal: <code>npm run ingest -- survey.csv --city Groningen</code>. To look around first, run{' '}
        <code>npm run demo</code> for three fictional cities.
      </p>
    </EmptyState>
  );
}
