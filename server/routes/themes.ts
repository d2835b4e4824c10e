import { Hono } from 'hono';
import { JOURNEY_STAGE, type Group, type LoudFew, type ThemeId, type ThemeOrUnclassified, type ThemeRow, type ThemesResponse } from '../../data/types.ts';
import { accuracyOf, languageCaveat } from '../accuracy.ts';
import type { AppDeps } from '../app.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../filters.ts';
import { ByQuery, breakdown } from '../breakdown.ts';
import { flagLowN } from '../measures.ts';
import { sql } from '../sql.ts';
import { suggestedTerms } from '../suggested-terms.ts';

type Row = {
  theme: ThemeOrUnclassified; group: Group | 'all'; n: number; scored: number; share: number; net: number | null;
  low: number | null; high: number | null; mean: number | null; mean_low: number | null; mean_high: number | null;
};

const toThemeRow = (r: Row, minN: number): ThemeRow => flagLowN({
  theme: r.theme, share: r.share, n: r.n, scored: r.scored, net: r.net, low: r.low, high: r.high, mean: r.mean,
  mean_low: r.mean_low, mean_high: r.mean_high,
  stage: r.theme === 'unclassified' ? null : JOURNEY_STAGE[r.theme as ThemeId],
}, minN);

/** GET /api/themes: per theme n, share, net sentiment with interval, per group. */
export function themesRoutes(deps: AppDeps) {
  return new Hono().get('/themes', async (c) => {
    const q = parseQuery(FilterQuery.merge(ByQuery), c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const p = segmentParams(f);
    const [rows, suggested, loudFew, languages, accuracy, byAxis] = await Promise.all([
      deps.store.all<Row>(sql('themes'), p),
      suggestedTerms(deps.store, p, f.city),
      deps.store.all<LoudFew>(sql('loud-few'), p),
      deps.store.all<{ language: string; segments: number }>(sql('languages'), p),
      accuracyOf(deps.store),
      q.by ? breakdown(deps.store, 'themes-by', p, q.by, q, f.minN, (theme) => ({ theme })) : undefined,
    ]);
    const all = rows.filter((r) => r.group === 'all');
    const body: ThemesResponse = {
      city: f.city,
      minN: f.minN,
      themes: all.map((r) => toThemeRow(r, f.minN)),
      byGroup: rows.filter((r) => r.group !== 'all').map((r) => ({ ...toThemeRow(r, f.minN), group: r.group as Group })),
      unclassifiedShare: all.find((r) => r.theme === 'unclassified')?.share ?? 0,
      suggestedTerms: suggested,
      loudFew: loudFew[0],
      languageCaveat: languageCaveat(languages, accuracy),
      ...(byAxis ? { breakdown: byAxis } : {}),
    };
    return c.json(body);
  });
}
