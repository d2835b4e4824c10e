/** GET/POST /api/events?city=, DELETE /api/events/:id and GET /api/events/:id/impact: events on the timeline. */
import { Hono } from 'hono';
import { z } from 'zod';
import type { CityEvent, EventImpactResponse, EventsResponse, EventWindow } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { ApiError } from '../errors.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { sql } from '../sql.ts';

const CityQuery = FilterQuery.pick({ city: true });
const ImpactQuery = FilterQuery.pick({ city: true, group: true, theme: true, minN: true }).extend({
  /** Days on each side of the event. */
  window: z.coerce.number().int().min(1, 'must be at least 1 day').max(3650, 'must be at most 3650 days').default(90),
});
const EventInput = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real date'),
  title: z.string().trim().min(1, 'is required').max(200),
  note: z.string().max(2000).nullish(),
}).strict();

type ImpactRow = {
  before_n: number; before_scored: number; before_net: number | null; before_low: number | null; before_high: number | null;
  after_n: number; after_scored: number; after_net: number | null; after_low: number | null; after_high: number | null;
  change: number | null; change_low: number | null; change_high: number | null;
};

const EVENT_COLUMNS = `e.id::INTEGER as id, c.name as city, strftime(e.date, '%Y-%m-%d') as date, e.title, e.note, e.created_by`;

/** The id in the path, or a 400 naming it. */
function eventId(raw: string): number {
  if (!/^\d{1,9}$/.test(raw)) throw new ApiError(400, 'bad_parameter', 'parameter "id": must be a number');
  return Number(raw);
}

/** Shifts an ISO date by whole days (UTC). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The /api/quotes query behind one window. */
function windowQuotes(city: string, from: string, to: string, theme: string | null, group: string | null): string {
  const q = new URLSearchParams({ city, from, to });
  if (theme) q.set('theme', theme);
  if (group) q.set('group', group);
  return `/api/quotes?${q}`;
}

/** Events of a city, marked by analysts; each change goes to the audit log. */
export function eventsRoutes(deps: AppDeps) {
  const findEvent = async (cityId: number, id: number): Promise<CityEvent> => {
    const rows = await deps.store.all<CityEvent>(
      `select ${EVENT_COLUMNS} from events e join cities c on c.id = e.city_id where e.id = $id and e.city_id = $cityId`, { id, cityId });
    if (!rows.length) throw new ApiError(404, 'unknown_event', `no event ${id} in this city`);
    return rows[0];
  };
  return new Hono<AuthEnv>()
    .get('/events', async (c) => {
      const f = await resolveFilters(deps.store, parseQuery(CityQuery, c.req.query()), deps.minN);
      const events = await deps.store.all<CityEvent>(
        `select ${EVENT_COLUMNS} from events e join cities c on c.id = e.city_id where e.city_id = $cityId order by e.date, e.id`, { cityId: f.cityId });
      return c.json({ city: f.city, events } satisfies EventsResponse);
    })
    .post('/events', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const f = await resolveFilters(deps.store, parseQuery(CityQuery, c.req.query()), deps.minN);
      const parsed = EventInput.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new ApiError(400, 'bad_parameter', `parameter "${issue.path.join('.') || 'body'}": ${issue.message}`);
      }
      const actor = c.get('principal')?.name ?? null;
      const { date, title, note } = parsed.data;
      const id = await deps.store.write(async (conn) => {
        const r = (await conn.runAndReadAll(
          `insert into events (id, city_id, date, title, note, created_by)
           select coalesce(max(id), 0) + 1, $cityId, $date::DATE, $title, $note, $actor from events
           returning id::INTEGER as id`,
          { cityId: f.cityId, date, title, note: note ?? null, actor },
        )).getRowObjectsJS();
        return Number(r[0].id);
      });
      const event = await findEvent(f.cityId, id);
      c.set('audit', { action: 'event.create', target: `event ${id}`, detail: { city: f.city, date, title, note: note ?? null } });
      return c.json(event, 201);
    })
    .delete('/events/:id', async (c) => {
      if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
      const id = eventId(c.req.param('id'));
      const rows = await deps.store.all<CityEvent>(
        `select ${EVENT_COLUMNS} from events e join cities c on c.id = e.city_id where e.id = $id`, { id });
      if (!rows.length) throw new ApiError(404, 'unknown_event', `no event ${id}`);
      await deps.store.write((conn) => conn.run(`delete from events where id = $id`, { id }));
      const { city, date, title, note } = rows[0];
      c.set('audit', { action: 'event.delete', target: `event ${id}`, detail: { city, date, title, note } });
      return c.json({ deleted: id });
    })
    .get('/events/:id/impact', async (c) => {
      const id = eventId(c.req.param('id'));
      const q = parseQuery(ImpactQuery, c.req.query());
      const f = await resolveFilters(deps.store, q, deps.minN);
      const event = await findEvent(f.cityId, id);
      const from = addDays(event.date, -q.window);
      const to = addDays(event.date, q.window);
      const [r] = await deps.store.all<ImpactRow>(sql('event-impact'), {
        cityId: f.cityId, group: f.group, theme: f.theme, beforeFrom: from, eventDate: event.date, afterTo: to,
      });
      const win = (side: 'before' | 'after', a: string, b: string): EventWindow => ({
        from: a, to: b, n: r[`${side}_n`], scored: r[`${side}_scored`], net: r[`${side}_net`], low: r[`${side}_low`], high: r[`${side}_high`],
        low_n: r[`${side}_n`] < f.minN, quotes: windowQuotes(f.city, a, b, f.theme, f.group),
      });
      const excludes = r.change_low !== null && r.change_high !== null && (r.change_low > 0 || r.change_high < 0);
      const body: EventImpactResponse = {
        city: f.city, event, window: q.window, theme: f.theme, group: f.group, minN: f.minN,
        before: win('before', from, event.date), after: win('after', event.date, to),
        change: { net: r.change, low: r.change_low, high: r.change_high, excludes_zero: excludes },
      };
      return c.json(body);
    });
}
