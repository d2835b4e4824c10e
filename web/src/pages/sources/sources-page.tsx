/** The Sources page (`/sources`): the upload wizard and the list of ingested files with delete. */
import { useCities } from '../../api/use-cities.ts';
import { useSources } from '../../api/use-sources.ts';
import type { UploadView } from '../../api/uploads.ts';
import { useWriteAccess, WriteNote } from '../../auth/write-note.tsx';
import { ErrorBox } from '../../components/states.tsx';
import { fmtInt } from '../../format/intl.ts';
import type { PageProps } from '../registry.ts';
import { ContextCard } from './context-card.tsx';
import { HandlesCard } from './handles-card.tsx';
import { RoleMapping } from './role-mapping.tsx';
import { SourceList } from './source-list.tsx';
import { UploadWizard } from './upload-wizard.tsx';
import './sources.css';

/** Uploads for analysts and admins; everyone who can read sees the list. */
export default function SourcesPage({ filters }: PageProps) {
  const access = useWriteAccess();
  const sources = useSources(filters.city);
  const cities = useCities();
  const names = cities.data?.cities.map((c) => c.name) ?? [];
  const refresh = (v?: UploadView) => {
    if (!v || v.status === 'stored') {
      sources.reload();
      cities.reload();
    }
  };
  const rows = sources.data?.sources ?? [];
  return (
    <div class="page sources">
      <div class="page-heading">
        <h1>Sources</h1>
        <p class="muted">{filters.city ?? 'All cities'} · upload survey exports, focus-group notes, social posts and brand texts</p>
      </div>
      <WriteNote reason={access.reason} />
      <UploadWizard city={filters.city} cities={names} disabled={!access.allowed} onFinished={refresh} />
      <section class="card" aria-labelledby="sources-title">
        <h2 id="sources-title" class="card-title">
          Files{filters.city ? ` of ${filters.city}` : ''}
          {sources.status === 'ready' && <span class="muted"> · {fmtInt(rows.length)} files, {fmtInt(rows.reduce((a, r) => a + r.documents, 0))} documents</span>}
        </h2>
        {sources.status === 'loading' && <p class="muted" aria-busy="true">Loading…</p>}
        {sources.status === 'error' && <ErrorBox error={sources.error} onRetry={sources.reload} />}
        {sources.status === 'ready' && <SourceList rows={rows} canDelete={access.allowed} onDeleted={() => refresh()} />}
      </section>
      <RoleMapping city={filters.city} canEdit={access.allowed} />
      {filters.city && <HandlesCard city={filters.city} canEdit={access.allowed} />}
      {filters.city && <ContextCard city={filters.city} canEdit={access.allowed} />}
    </div>
  );
}
