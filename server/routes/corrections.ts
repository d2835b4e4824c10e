/** POST /api/segments/:id/correction (analyst or admin) and GET /api/corrections?city=. */
import { Hono } from 'hono';
import { z } from 'zod';
import { LABELS, THEME_IDS, type CorrectionResponse, type CorrectionView } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { correctSegment, listCorrectionsOn, UnknownSegment } from '../../data/db/corrections.ts';
import { ApiError } from '../errors.ts';
import { parseQuery } from '../filters.ts';

/** A reader's label: sentiment, themes (0–3 theme ids), or both. */
export const CorrectionInput = z.object({
  sentiment: z.enum(LABELS).optional(),
  themes: z.array(z.enum(THEME_IDS)).max(3).refine((t) => new Set(t).size === t.length, 'a theme is listed twice').optional(),
}).strict().refine((b) => b.sentiment !== undefined || b.themes !== undefined, 'give sentiment, themes or both');

const CorrectionsQuery = z.object({ city: z.string().min(1).max(200).optional() });


/** Corrections of a segment's sentiment and themes; each changes the figures at once. */
export function correctionsRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>()
    .post('/segments/:id/correction', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const raw = c.req.param('id');
      if (!/^\d{1,15}$/.test(raw)) throw new ApiError(400, 'bad_parameter', 'the segment id must be a number');
      const parsed = CorrectionInput.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) throw new ApiError(400, 'bad_correction', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const actor = c.get('principal')?.name ?? null;
      let result;
      try {
        result = await correctSegment(deps.store, Number(raw), parsed.data, actor);
      } catch (err) {
        if (err instanceof UnknownSegment) throw new ApiError(404, 'unknown_segment', err.message);
        throw err;
      }
      const { correction, previous } = result;
      c.set('audit', {
        action: 'segment.correct', target: `segment ${raw}`,
        detail: { city: correction.city, from: previous, to: { label: correction.sentiment, themes: correction.themes }, segments: result.segments },
      });
      return c.json(result satisfies CorrectionResponse);
    })
    .get('/corrections', async (c) => {
      const q = parseQuery(CorrectionsQuery, c.req.query());
      const corrections = await deps.store.withConnection(async (conn) => {
        let cityId: number | null = null;
        if (q.city) {
          const found = (await conn.runAndReadAll(`select id from cities where lower(name) = lower($city)`, { city: q.city })).getRowObjectsJS();
          if (!found.length) throw new ApiError(404, 'unknown_city', `unknown city "${q.city}"`);
          cityId = Number(found[0].id);
        }
        return listCorrectionsOn(conn, { cityId });
      });
      return c.json({ corrections: corrections satisfies CorrectionView[] });
    });
}
