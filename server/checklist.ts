/** Reads the checklist's evidence rules (data/checklist) against a city's figures and rates them. */
import { listValue } from '@duckdb/node-api';
import { CHECKLIST } from '../data/checklist/items.ts';
import {
  THRESHOLDS, type Assessment, type ChecklistItem, type EvidenceFigure, type EvidenceRule, type Status,
} from '../data/checklist/types.ts';
import type { SurveyItemFigure } from '../data/types.ts';
import type { Store } from '../data/db/store.ts';
import { sql } from './sql.ts';

/** Net points: ≥ +10 green, ≤ −10 red, amber between; fewer than minN scored segments: no data. */
export function netStatus(net: number | null, n: number, minN: number): Status {
  if (net === null || n < minN) return 'no_data';
  return net >= THRESHOLDS.net.green ? 'green' : net <= THRESHOLDS.net.red ? 'red' : 'amber';
}

/** A share 0–1 against its thresholds: ≥ green green, < red red, amber between; n < minN: no data. */
export function shareStatus(kind: 'voice_share' | 'survey', share: number | null, n: number, minN: number): Status {
  if (share === null || n < minN) return 'no_data';
  const t = THRESHOLDS[kind];
  return share >= t.green ? 'green' : share < t.red ? 'red' : 'amber';
}

const RANK: Record<Status, number> = { red: 0, amber: 1, green: 2, no_data: 3 };

/** An item's status from its figures: the worst of those with data; no data when none has. */
export function worstStatus(statuses: Status[]): Status {
  return statuses.reduce<Status>((w, s) => (RANK[s] < RANK[w] ? s : w), 'no_data');
}

/** Wilson 95% bounds of k/n (as migration 012's macros), rounded to 4 places. */
function wilson(k: number, n: number): [number | null, number | null] {
  if (n === 0) return [null, null];
  const p = k / n, z2 = 3.8416;
  const mid = p + z2 / (2 * n), half = 1.96 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  const r = (x: number) => Math.round(x * 10000) / 10000;
  return [r(Math.max(0, (mid - half) / (1 + z2 / n))), r(Math.min(1, (mid + half) / (1 + z2 / n)))];
}

/** Bonett–Price 95% bounds of a net (pos − neg)/n in points, as migration 012's macros. */
function netBounds(pos: number, neg: number, n: number): [number | null, number | null] {
  if (n === 0) return [null, null];
  const c = (100 * (pos - neg)) / (n + 2);
  const h = 196 * Math.sqrt(Math.max((pos + neg + 2) / (n + 2) - ((pos - neg) / (n + 2)) ** 2, 0) / (n + 2));
  const r = (x: number) => Math.round(x * 10) / 10;
  return [r(Math.max(c - h, -100)), r(Math.min(c + h, 100))];
}

function surveyQuotes(city: string, items: SurveyItemFigure[]): string | null {
  return items.length ? `/api/quotes?${new URLSearchParams({ city, item: items.slice(0, 50).map((s) => s.item_id).join(',') })}` : null;
}

/** NPS of the matching 0–10 items, pooled: (Σ promoters − Σ detractors) / Σ n, rated as a net. */
function npsFigure(ctx: Ctx, rule: Extract<EvidenceRule, { kind: 'nps' }>, re: RegExp): EvidenceFigure {
  const items = ctx.survey.filter((s) => s.kind === 'nps' && s.group === (rule.group ?? 'all') && re.test(s.text));
  const n = items.reduce((a, s) => a + s.n, 0);
  // the route gives promoters and detractors as shares of the item's n
  const pro = items.reduce((a, s) => a + Math.round((s.promoters ?? 0) * s.n), 0);
  const det = items.reduce((a, s) => a + Math.round((s.detractors ?? 0) * s.n), 0);
  const value = n > 0 ? Math.round((1000 * (pro - det)) / n) / 10 : null;
  const [low, high] = netBounds(pro, det, n);
  return { kind: 'nps', label: rule.label, value, low, high, n, low_n: n < ctx.minN,
    status: netStatus(value, n, ctx.minN), quotes: surveyQuotes(ctx.city, items) };
}

type Ctx = { store: Store; city: string; cityId: number; minN: number; survey: SurveyItemFigure[] };

async function figure(ctx: Ctx, rule: EvidenceRule): Promise<EvidenceFigure> {
  const { store, city, cityId, minN } = ctx;
  if (rule.kind === 'net') {
    const [r] = await store.all<{ n: number; scored: number; net: number | null; low: number | null; high: number | null }>(
      sql('checklist-net'),
      { cityId, themes: listValue(rule.themes), group: rule.group ?? null, role: rule.role ?? null, kind: rule.source ?? null },
    );
    const p = new URLSearchParams({ city, theme: rule.themes.join(',') });
    if (rule.group) p.set('group', rule.group);
    if (rule.role) p.set('role', rule.role);
    if (rule.source) p.set('source', rule.source);
    return { kind: 'net', label: rule.label, value: r.net, low: r.low, high: r.high, n: r.scored, low_n: r.scored < minN,
      status: netStatus(r.net, r.scored, minN), quotes: r.n > 0 ? `/api/quotes?${p}` : null };
  }
  if (rule.kind === 'voice_share') {
    const [r] = await store.all<{ n: number; share: number | null; low: number | null; high: number | null }>(
      sql('checklist-voice'), { cityId, theme: rule.theme, voice: rule.voice });
    const p = new URLSearchParams({ city, source: 'any', theme: rule.theme, voice: rule.voice });
    return { kind: 'voice_share', label: rule.label, value: r.share, low: r.low, high: r.high, n: r.n, low_n: r.n < minN,
      status: shareStatus('voice_share', r.share, r.n, minN), quotes: r.n > 0 ? `/api/quotes?${p}` : null };
  }
  const re = new RegExp(rule.match, 'i');
  if (rule.kind === 'nps') return npsFigure(ctx, rule, re);
  // survey: the Likert items of every group whose question matches, pooled (Σ top-2 answers / Σ n)
  const items = ctx.survey.filter((s) => s.kind === 'likert' && s.group === (rule.group ?? 'all') && re.test(s.text));
  const n = items.reduce((a, s) => a + s.n, 0);
  const k = items.reduce((a, s) => a + Math.round((s.top2 ?? 0) * s.n), 0);
  const share = n > 0 ? Math.round((k / n) * 10000) / 10000 : null;
  const [low, high] = wilson(k, n);
  const quotes = surveyQuotes(city, items);
  return { kind: 'survey', label: rule.label, value: share, low, high, n, low_n: n < minN,
    status: shareStatus('survey', share, n, minN), quotes };
}

/** The 25 items with their evidence figures, status and the analyst's assessment. */
export async function checklist(store: Store, city: string, cityId: number, minN: number): Promise<ChecklistItem[]> {
  const survey = await store.all<SurveyItemFigure>(sql('survey'),
    { cityId, group: null, from: null, to: null, role: null, origin: null, age: null });
  const assessments = await store.all<Assessment & { item_id: string }>(
    `select item_id, status, note, edited_by, strftime(edited_at, '%Y-%m-%dT%H:%M:%SZ') as edited_at
     from checklist_assessments where city_id = $cityId`, { cityId });
  const ctx: Ctx = { store, city, cityId, minN, survey };
  const out: ChecklistItem[] = [];
  for (const def of CHECKLIST) {
    const evidence = await Promise.all(def.evidence.map((r) => figure(ctx, r)));
    const evidenceStatus = worstStatus(evidence.map((e) => e.status));
    const a = assessments.find((x) => x.item_id === def.id);
    const assessment: Assessment | null = a ? { status: a.status, note: a.note, edited_by: a.edited_by, edited_at: a.edited_at } : null;
    out.push({ id: def.id, stage: def.stage, text: def.text, evidence_status: evidenceStatus,
      status: assessment?.status ?? evidenceStatus, evidence, assessment });
  }
  return out;
}
