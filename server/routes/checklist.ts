/** GET /api/checklist?city= and PUT /api/checklist/:item?city= (analyst or admin; audited). */
import { Hono } from 'hono';
import { z } from 'zod';
import { CHECKLIST } from '../../data/checklist/items.ts';
import { STATUSES, THRESHOLDS, type ChecklistResponse } from '../../data/checklist/types.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { checklist } from '../checklist.ts';
import { ApiError } from '../errors.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';

const ChecklistQuery = FilterQuery.pick({ city: true, minN: true });
const CityQuery = FilterQuery.pick({ city: true });

/** The analyst's assessment: a status that overrides the evidence's (null: keep it) and a note. */
export const AssessmentInput = z.object({
  status: z.enum(STATUSES).nullable(),
  note: z.string().max(4000),
}).strict();

/** The city checklist (issue 19 item 5): 25 items, their evidence with n, status and assessment. */
export function checklistRoutes(deps: AppDeps) {
  return new Hono<AuthEnv>()
    .get('/checklist', async (c) => {
      const q = parseQuery(ChecklistQuery, c.req.query());
      const f = await resolveFilters(deps.store, q, deps.minN);
      const items = await checklist(deps.store, f.city, f.cityId, f.minN);
      return c.json({ city: f.city, minN: f.minN, thresholds: THRESHOLDS, items } satisfies ChecklistResponse);
    })
    .put('/checklist/:item', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const q = parseQuery(CityQuery, c.req.query());
      const itemId = c.req.param('item');
      const def = CHECKLIST.find((d) => d.id === itemId);
      if (!def) throw new ApiError(404, 'unknown_item', `no checklist item "${itemId}"`);
      const parsed = AssessmentInput.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) {
        throw new ApiError(400, 'bad_assessment', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      }
      const f = await resolveFilters(deps.store, q, deps.minN);
      const actor = c.get('principal')?.name ?? null;
      const { status, note } = parsed.data;
      const previous = await deps.store.write(async (conn) => {
        const before = (await conn.runAndReadAll(
          `select status, note from checklist_assessments where city_id = $cityId and item_id = $item`, { cityId: f.cityId, item: itemId },
        )).getRowObjectsJS() as { status: string | null; note: string }[];
        await conn.run(
          `insert or replace into checklist_assessments (city_id, item_id, status, note, edited_by, edited_at)
           values ($cityId, $item, $status, $note, $actor, now()::TIMESTAMP)`,
          { cityId: f.cityId, item: itemId, status, note, actor },
        );
        return before[0] ?? null;
      });
      c.set('audit', { action: 'checklist.assess', target: `${f.city}: ${itemId}`, detail: { city: f.city, item: itemId, from: previous, to: { status, note } } });
      const items = await checklist(deps.store, f.city, f.cityId, f.minN);
      return c.json(items.find((i) => i.id === itemId));
    });
}
