/** GET /api/sources; DELETE /api/sources/:id, /api/documents/:id, /api/authors/:key (privacy). */
import { Hono } from 'hono';
import { z } from 'zod';
import type { AuthEnv } from '../auth/roles.ts';
import type { Store } from '../../data/db/store.ts';
import { ApiError } from '../errors.ts';
import { parseQuery } from '../filters.ts';
import { deleteAuthor, deleteDocument, deleteSource } from '../../data/db/privacy.ts';

type SourceRow = {
  id: number; city: string; kind: string; format: string; file_name: string;
  created_at: string; created_by: string | null; documents: number; segments: number;
};

const SourcesQuery = z.object({ city: z.string().min(1).max(200).optional() });

function idParam(raw: string, what: string): number {
  if (!/^\d{1,15}$/.test(raw)) throw new ApiError(400, 'bad_parameter', `${what} must be a number`);
  return Number(raw);
}

/** The ingested files and the privacy deletions. */
export function sourcesRoutes(deps: { store: Store }) {
  const { store } = deps;
  return new Hono<AuthEnv>()
    .get('/sources', async (c) => {
      const q = parseQuery(SourcesQuery, c.req.query());
      const sources = await store.all<SourceRow>(
        `with docs as (select source_id, count(*)::INTEGER as documents from documents group by source_id),
              segs as (select d.source_id, count(*)::INTEGER as segments from segments s join documents d on d.id = s.document_id group by d.source_id)
         select s.id::INTEGER as id, c.name as city, s.kind, s.format, s.file_name,
                strftime(s.created_at, '%Y-%m-%dT%H:%M:%SZ') as created_at, s.created_by,
                coalesce(docs.documents, 0)::INTEGER as documents, coalesce(segs.segments, 0)::INTEGER as segments
         from sources s join cities c on c.id = s.city_id
         left join docs on docs.source_id = s.id left join segs on segs.source_id = s.id
         where $city is null or lower(c.name) = lower($city)
         order by s.id`,
        { city: q.city ?? null },
      );
      return c.json({ sources });
    })
    .delete('/sources/:id', async (c) => {
      const id = idParam(c.req.param('id'), 'the source id');
      const removed = await deleteSource(store, id);
      if (!removed) throw new ApiError(404, 'unknown_source', `no source ${id}`);
      c.set('audit', { action: 'delete.source', target: String(id), detail: removed });
      return c.json({ deleted: removed });
    })
    .delete('/documents/:id', async (c) => {
      const id = idParam(c.req.param('id'), 'the document id');
      const removed = await deleteDocument(store, id);
      if (!removed) throw new ApiError(404, 'unknown_document', `no document ${id}`);
      c.set('audit', { action: 'delete.document', target: String(id), detail: removed });
      return c.json({ deleted: removed });
    })
    .delete('/authors/:key', async (c) => {
      const key = c.req.param('key');
      if (key.length < 1 || key.length > 200) throw new ApiError(400, 'bad_parameter', 'the author key must be 1–200 characters');
      const removed = await deleteAuthor(store, key);
      if (!removed) throw new ApiError(404, 'unknown_author', 'no documents by that author');
      c.set('audit', { action: 'delete.author', target: key, detail: removed });
      return c.json({ deleted: removed });
    });
}
