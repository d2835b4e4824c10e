import { Hono } from 'hono';
import { z } from 'zod';
import type { DocumentResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ApiError } from '../errors.ts';
import { parseQuery } from '../filters.ts';

const Params = z.object({ id: z.coerce.number().int().min(1) });

/** GET /api/documents/:id: a quote's whole document, for "view in context". */
export function documentsRoutes(deps: AppDeps) {
  return new Hono().get('/documents/:id', async (c) => {
    const { id } = parseQuery(Params, { id: c.req.param('id') });
    const docs = await deps.store.all<Omit<DocumentResponse, 'segments' | 'answers' | 'attrs'> & { attrs: string | null }>(
      `select d.id::DOUBLE as id, ci.name as city, d.kind as source, s.file_name as "fileName", s.format,
              strftime(d.date, '%Y-%m-%d') as date, d.grp as "group", d.language, d.attrs::VARCHAR as attrs, d.text
       from documents d join sources s on s.id = d.source_id join cities ci on ci.id = d.city_id
       where d.id = $id`, { id });
    if (!docs.length) throw new ApiError(404, 'unknown_document', `no document ${id}`);
    const [segments, answers] = await Promise.all([
      deps.store.all<DocumentResponse['segments'][number]>(
        `select s.id::DOUBLE as id, s.start_offset as start, s.end_offset as "end", s.text, s.question, s.speaker,
                s.moderator, s.grp as "group", s.sentiment, s.label, s.themes
         from segments s where s.document_id = $id order by s.position`, { id }),
      deps.store.all<DocumentResponse['answers'][number]>(
        `select i.key, i.text, i.kind, a.value, a.num
         from survey_answers a join survey_items i on i.id = a.item_id
         where a.document_id = $id order by i.id`, { id }),
    ]);
    const { attrs, ...doc } = docs[0];
    const body: DocumentResponse = { ...doc, attrs: attrs ? JSON.parse(attrs) : {}, segments, answers };
    return c.json(body);
  });
}
