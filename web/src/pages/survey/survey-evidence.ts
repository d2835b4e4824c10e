/**
 * Clicks on the survey's closed-answer charts → the evidence drawer with the open-text answers of
 * exactly the respondents behind the bar (`item` + `answer` or `answerMin`/`answerMax` on /api/quotes).
 */
import type { Group, SurveyItemFigure } from '../../../../data/types.ts';
import { itemLabel, likertPoints } from '../../charts/likert-bars.ts';
import { npsRows } from '../../charts/nps-bars.ts';
import { openEvidence, type EvidenceFilter } from '../../evidence/open.ts';
import { fmtInt } from '../../format/intl.ts';

/** A survey figure; its `item_ids` are what /api/quotes narrows to. */
export type SurveyFigure = SurveyItemFigure;

type Click = { componentType?: string; seriesName?: string; dataIndex?: number };

const WHO: Record<Group | 'all', string> = {
  all: 'Respondents', resident: 'Resident respondents', international: 'International respondents',
  visitor: 'Visitor respondents', unknown: 'Respondents of unknown group',
};

/** The NPS parts as the chart names its series, with their answer ranges. */
export const NPS_PARTS: Record<string, { min: number; max: number; word: string }> = {
  'Detractors (0–6)': { min: 0, max: 6, word: 'detractors' },
  'Passives (7–8)': { min: 7, max: 8, word: 'passives' },
  'Promoters (9–10)': { min: 9, max: 10, word: 'promoters' },
};

/** The survey item ids behind a figure, as /api/quotes `item` takes them (comma-separated). */
export function itemId(it: SurveyFigure): string | null {
  return it.item_ids?.length ? it.item_ids.join(',') : null;
}

/** "International respondents who answered “Strongly disagree” to “It is easy to find housing” — 120 respondents". */
export function answerLabel(group: Group | 'all', answer: string, question: string, n: number): string {
  return `${WHO[group]} who answered ${answer} to “${question}” — ${fmtInt(n)} ${n === 1 ? 'respondent' : 'respondents'}`;
}

/** What a click on a Likert bar segment opens, or null (not a bar). */
export function likertEvidence(items: SurveyFigure[], group: Group | 'all', params: unknown): { filter: EvidenceFilter; label: string } | null {
  const p = params as Click;
  const it = p.componentType === 'series' && p.dataIndex !== undefined ? items[p.dataIndex] : undefined;
  const id = it && itemId(it);
  const point = it && likertPoints(it).find((x) => x.label === p.seriesName);
  if (!it || !id || !point) return null;
  // The figure counts answers by their scale point; the label is the filter when it names the point alone.
  const values = it.distribution.filter((d) => d.num === point.num).map((d) => d.value);
  const filter: EvidenceFilter = values.length === 1
    ? { item: id, answer: values[0], source: 'survey' }
    : { item: id, answerMin: String(point.num), answerMax: String(point.num), source: 'survey' };
  return { filter, label: answerLabel(group, `“${point.label}”`, itemLabel(it.text), point.n) };
}

/** What a click on an NPS bar part (detractors, passives, promoters of one group's row) opens. */
export function npsEvidence(rows: SurveyFigure[], pageGroup: Group | null, params: unknown): { filter: EvidenceFilter; label: string } | null {
  const p = params as Click;
  const row = p.componentType === 'series' && p.dataIndex !== undefined ? (npsRows(rows)[p.dataIndex] as SurveyFigure | undefined) : undefined;
  const part = p.seriesName ? NPS_PARTS[p.seriesName] : undefined;
  const id = row && itemId(row);
  if (!row || !part || !id) return null;
  const n = row.distribution.filter((d) => d.num !== null && d.num >= part.min && d.num <= part.max).reduce((a, d) => a + d.n, 0);
  // The "all" row is every group under the page's audience filter; a group row is that group.
  const group = row.group === 'all' ? pageGroup ?? 'all' : row.group;
  const filter: EvidenceFilter = {
    item: id, answerMin: String(part.min), answerMax: String(part.max), source: 'survey',
    ...(row.group === 'all' ? {} : { group: row.group }),
  };
  return { filter, label: answerLabel(group, `${part.min}–${part.max} (${part.word})`, row.text, n) };
}

/** Opens the drawer for a click, when it hit a bar. */
export function openAnswerEvidence(e: { filter: EvidenceFilter; label: string } | null): void {
  if (e) openEvidence(e.filter, e.label);
}
