import { Hono } from 'hono';
import type { SurveyItemFigure, SurveyResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { ByQuery, breakdown } from '../breakdown.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { flagLowN } from '../measures.ts';
import { sql } from '../sql.ts';

/**
 * GET /api/survey: the survey responses stored under the filters, closed items (n, mean, top/bottom-2-box
 * with Wilson bounds, NPS; one per source file and question) and linked open-text themes.
 */
export function surveyRoutes(deps: AppDeps) {
  return new Hono().get('/survey', async (c) => {
    const q = parseQuery(FilterQuery.merge(ByQuery), c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const params = { cityId: f.cityId, group: f.group, from: f.from, to: f.to, role: f.role, origin: f.origin, age: f.age };
    const [items, openThemes, [{ respondents }], byAxis] = await Promise.all([
      deps.store.all<Omit<SurveyItemFigure, 'low_n'>>(sql('survey'), params),
      deps.store.all<SurveyResponse['openThemes'][number]>(sql('survey-themes'), params),
      deps.store.all<{ respondents: number }>(sql('survey-respondents'), params),
      q.by ? breakdown(deps.store, 'survey-by', params, q.by, q, f.minN, (item) => ({ item })) : undefined,
    ]);
    const body: SurveyResponse = { city: f.city, minN: f.minN, respondents, items: items.map((r) => flagLowN(r, f.minN)), openThemes,
      ...(byAxis ? { breakdown: byAxis } : {}) };
    return c.json(body);
  });
}
