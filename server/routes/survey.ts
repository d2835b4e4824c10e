import { Hono } from 'hono';
import type { SurveyItemFigure, SurveyResponse } from '../../data/types.ts';
import type { AppDeps } from '../app.ts';
import { z } from 'zod';
import { AXES } from '../../data/speaker.ts';
import { breakdown } from '../breakdown.ts';
import { FilterQuery, parseQuery, resolveFilters } from '../filters.ts';
import { flagLowN } from '../measures.ts';
import { sql } from '../sql.ts';
import { surveyWaves } from '../survey-waves.ts';

/** `by`: a speaker axis, or `wave` (the linked items compared across waves). */
const SurveyBy = z.object({ by: z.enum([...AXES, 'wave']).optional() });

/**
 * GET /api/survey: the survey responses stored under the filters, closed items (n, mean, top/bottom-2-box
 * with Wilson bounds, NPS; one per source file and question) and linked open-text themes. With
 * `by=wave`, `waves`: per item the analyst linked across waves, its figures per wave and the change
 * between consecutive waves with a 95% interval.
 */
export function surveyRoutes(deps: AppDeps) {
  return new Hono().get('/survey', async (c) => {
    const q = parseQuery(FilterQuery.merge(SurveyBy), c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const params = { cityId: f.cityId, group: f.group, from: f.from, to: f.to, role: f.role, origin: f.origin, age: f.age };
    const [items, openThemes, [{ respondents }], byAxis] = await Promise.all([
      deps.store.all<Omit<SurveyItemFigure, 'low_n'>>(sql('survey'), params),
      deps.store.all<SurveyResponse['openThemes'][number]>(sql('survey-themes'), params),
      deps.store.all<{ respondents: number }>(sql('survey-respondents'), params),
      q.by && q.by !== 'wave' ? breakdown(deps.store, 'survey-by', params, q.by, q, f.minN, (item) => ({ item })) : undefined,
    ]);
    const waves = q.by === 'wave' ? await surveyWaves(deps.store, params, f.minN) : undefined;
    const body: SurveyResponse = { city: f.city, minN: f.minN, respondents, items: items.map((r) => flagLowN(r, f.minN)), openThemes,
      ...(byAxis ? { breakdown: byAxis } : {}), ...(waves ? { waves } : {}) };
    return c.json(body);
  });
}
