import { Hono } from 'hono';
import { JOURNEY_STAGE, type GroupNet, type LoudFew, type OverviewResponse, type SourceGroupCount, type ThemeId } from '../../data/types.ts';
import { accuracyOf, languageCaveat } from '../accuracy.ts';
import type { AppDeps } from '../app.ts';
import { ByQuery, breakdown } from '../breakdown.ts';
import { FilterQuery, parseQuery, resolveFilters, segmentParams } from '../filters.ts';
import { flagLowN } from '../measures.ts';
import { sql } from '../sql.ts';
import { SPIKE_DEFAULTS, trendWithSpikes } from '../spikes.ts';
import { themeMovers } from '../theme-movers.ts';

type ThemeQueryRow = { theme: string; group: string; n: number; scored: number; share: number; net: number | null; low: number | null; high: number | null; mean: number | null; mean_low: number | null; mean_high: number | null };

/** GET /api/overview: a city's headline figures. */
export function overviewRoutes(deps: AppDeps) {
  return new Hono().get('/overview', async (c) => {
    const q = parseQuery(FilterQuery.merge(ByQuery), c.req.query());
    const f = await resolveFilters(deps.store, q, deps.minN);
    const p = segmentParams(f);
    const docParams = { cityId: f.cityId, group: f.group, kind: f.kind, from: f.from, to: f.to };
    // Today's month is still running, so it never counts as a full month of the latest period.
    const today = new Date().toISOString().slice(0, 10);
    const [sources, nets, themes, languages, period, loudFew, movers, accuracy, trend, byAxis] = await Promise.all([
      deps.store.all<SourceGroupCount>(sql('documents-by-source'), docParams),
      deps.store.all<Omit<GroupNet, 'low_n'>>(sql('net-by-group'), p),
      deps.store.all<ThemeQueryRow>(sql('themes'), p),
      deps.store.all<{ language: string; segments: number; unscored: number }>(sql('languages'), p),
      deps.store.all<{ from: string | null; to: string | null }>(
        `select strftime(min(date), '%Y-%m-%d') as "from", strftime(max(date), '%Y-%m-%d') as "to" from documents where city_id = $cityId`,
        { cityId: f.cityId },
      ),
      deps.store.all<LoudFew>(sql('loud-few'), p),
      themeMovers(deps.store, p, today, f.minN),
      accuracyOf(deps.store),
      // the Trends page's computation at its defaults, so both pages report the same spikes
      trendWithSpikes(deps.store, f, SPIKE_DEFAULTS),
      q.by ? breakdown(deps.store, 'net-by', p, q.by, q, f.minN) : undefined,
    ]);
    const body: OverviewResponse = {
      city: f.city,
      documents: sources.reduce((s, r) => s + r.documents, 0),
      segments: sources.reduce((s, r) => s + r.segments, 0),
      minN: f.minN,
      bySourceGroup: sources,
      netByGroup: nets.map((r) => flagLowN(r, f.minN)),
      topThemes: themes
        .filter((t) => t.group === 'all' && t.theme !== 'unclassified')
        .slice(0, 8)
        .map((t) => flagLowN({ theme: t.theme as ThemeId, share: t.share, n: t.n, scored: t.scored, net: t.net, low: t.low, high: t.high, mean: t.mean, mean_low: t.mean_low, mean_high: t.mean_high, stage: JOURNEY_STAGE[t.theme as ThemeId] ?? null }, f.minN)),
      languages: languages.map((l) => ({ language: l.language, segments: l.segments })),
      unscored: languages.reduce((s, l) => s + l.unscored, 0),
      period: period[0] ?? { from: null, to: null },
      loudFew: loudFew[0],
      movers,
      languageCaveat: languageCaveat(languages, accuracy),
      spikes: trend.spikes,
      alerts: trend.alerts,
      ...(byAxis ? { breakdown: byAxis } : {}),
    };
    return c.json(body);
  });
}
