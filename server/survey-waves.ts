/**
 * `GET /api/survey?by=wave` (issue 19 item 4): per linked item, its figures per wave and the change
 * between consecutive waves with a 95% interval (server/wave-intervals.ts), and the barometer themes
 * its question text matches.
 */
import { createAnalyzer } from '../ingest/analysis/index.ts';
import type { BarometerTheme, SurveyWaveItem, ThemeId, WaveFigure } from '../data/types.ts';
import type { Params, Store } from '../data/db/store.ts';
import { sql } from './sql.ts';
import { meanChange, netChange, proportionChange, wilson } from './wave-intervals.ts';

/** The barometer preset: which taxonomy themes make up each barometer theme. */
export const BAROMETER_THEMES: Record<BarometerTheme, ThemeId[]> = {
  housing: ['housing'],
  social_inclusion: ['social_life', 'discrimination', 'diversity', 'language'],
  career: ['work_career'],
  welcome_services: ['bureaucracy', 'information', 'healthcare'],
};

let analyzer: ReturnType<typeof createAnalyzer> | null = null;

/**
 * The barometer themes of a question, from the taxonomy matcher on its text. Recommend (NPS)
 * items belong to none: their "to a friend" is not about social life.
 */
export function barometerOf(text: string, kind: string): BarometerTheme[] {
  if (kind === 'nps') return [];
  analyzer ??= createAnalyzer();
  const themes = new Set(analyzer.analyze(text).themes);
  return (Object.keys(BAROMETER_THEMES) as BarometerTheme[]).filter((b) => BAROMETER_THEMES[b].some((t) => themes.has(t)));
}

type Row = {
  link_id: number; item_id: number; source: string; wave: string; key: string; text: string; kind: string;
  n: number; top2: number; mean: number | null; sd: number | null; promoters: number; detractors: number;
};

const r4 = (x: number) => Number(x.toFixed(4));

function figure(r: Row, prev: Row | null, minN: number): WaveFigure {
  const likert = r.kind === 'likert', nps = r.kind === 'nps';
  const [lo, hi] = likert && r.n > 0 ? wilson(r.top2, r.n) : [null, null];
  const mean = r.mean === null ? null : Number(r.mean.toFixed(3));
  const change = prev === null ? null : {
    top2: likert && prev.n > 0 && r.n > 0 ? proportionChange(prev.top2, prev.n, r.top2, r.n) : null,
    mean: r.mean !== null && prev.mean !== null ? meanChange(prev.mean, prev.sd ?? 0, prev.n, r.mean, r.sd ?? 0, r.n) : null,
    nps: nps && prev.n > 0 && r.n > 0 ? netChange(prev.promoters, prev.detractors, prev.n, r.promoters, r.detractors, r.n) : null,
  };
  return {
    wave: r.wave, item_id: r.item_id, source: r.source, key: r.key, n: r.n, low_n: r.n < minN,
    top2: likert ? r4(r.top2 / r.n) : null, top2_k: likert ? r.top2 : null,
    top2_low: lo === null ? null : r4(lo), top2_high: hi === null ? null : r4(hi),
    mean, sd: r.sd === null ? null : Number(r.sd.toFixed(3)),
    nps: nps ? Number((100 * (r.promoters - r.detractors) / r.n).toFixed(1)) : null,
    promoters: nps ? r.promoters : null, detractors: nps ? r.detractors : null,
    change,
  };
}

/** The linked items of a city under the filters, each with its waves in order (wave, then item id). */
export async function surveyWaves(store: Store, params: Params, minN: number): Promise<SurveyWaveItem[]> {
  const rows = await store.all<Row>(sql('survey-waves'), params);
  const byLink = new Map<number, Row[]>();
  for (const r of rows) byLink.set(r.link_id, [...byLink.get(r.link_id) ?? [], r]);
  return [...byLink].map(([link_id, rs]) => {
    const first = rs.find((r) => r.item_id === link_id) ?? rs[0];
    return {
      link_id, text: first.text, kind: first.kind, barometer: barometerOf(first.text, first.kind),
      waves: rs.map((r, i) => figure(r, i > 0 ? rs[i - 1] : null, minN)),
    };
  });
}
