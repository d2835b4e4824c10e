/** Two passes over a survey table: profile the columns (bounded memory), then one document per response. */
import type { Group } from '../../data/types.ts';
import type { RawAnswer, RawDoc, RawItem, RawPart } from '../types.ts';
import { newProfile, observe, parseNumber } from './column-profile.ts';
import { toIsoDate } from './dates.ts';
import { reject } from './errors.ts';
import { ageBand, groupFromText, originFromText } from './groups.ts';
import { locate, type Opened, type ReadOptions, type Yielded } from './session.ts';
import { mergeSiblingLabels } from './likert.ts';
import { classify, leadingNumber, type ColumnSpec, type PlannedColumn } from './survey-classify.ts';

export type Row = { fields: string[]; row: number };
export type RowGetter = (role: ColumnSpec['role']) => string;

export type SurveyLayout = {
  format: string;
  headerRows: number;
  columns: ColumnSpec[];
  multiSeparator: string;
  dayFirst: boolean;
  /** A reason to skip the response (preview, spam, test, unfinished without text), or null. */
  skipReason?: (get: RowGetter, hasText: boolean) => string | null;
  defaultGroup?: Group;
};

/** Reads a survey: `rows` restarts the table from its first (header) row on every call. */
export async function openSurvey(rows: () => AsyncIterable<Row>, layout: SurveyLayout, opts: ReadOptions): Promise<Opened> {
  const questions = layout.columns.filter((c) => c.role === 'question');
  const profiles = questions.map(() => newProfile());
  let dataRows = 0;
  for await (const r of rows()) {
    if (r.row <= layout.headerRows) continue;
    dataRows++;
    questions.forEach((c, i) => observe(profiles[i], r.fields[c.index] ?? '', layout.multiSeparator));
  }
  if (dataRows === 0) throw reject(`row ${layout.headerRows + 1}`, 'header only: the file has no responses');
  const planned = layout.columns.map((c) => (c.role === 'question' ? classify(c, profiles[questions.indexOf(c)], layout.multiSeparator) : classify(c, newProfile(), ',')));
  const likert = planned.filter((c) => c.final === 'likert' && c.scale);
  mergeSiblingLabels(likert.map((c) => c.scale!), likert.map((c) => [...profiles[questions.findIndex((q) => q.index === c.index)].distinct.keys()]));
  const dropped = planned.filter((c) => c.final === 'drop').map((c) => c.key);
  return {
    format: layout.format,
    source: 'survey',
    items: buildItems(planned),
    dropped,
    emptyWhere: `row ${layout.headerRows + 1}`,
    records: responses(rows, planned, layout, opts),
  };
}

function buildItems(planned: PlannedColumn[]): RawItem[] {
  const items: RawItem[] = [];
  const seen = new Set<string>();
  for (const c of planned) {
    if (c.final === 'option') {
      const key = c.option!.item;
      if (!seen.has(key)) items.push({ key, text: c.option!.itemText, kind: 'multi' });
      seen.add(key);
      continue;
    }
    if (!['likert', 'nps', 'single', 'multi', 'numeric'].includes(c.final)) continue;
    const item: RawItem = { key: c.key, text: c.text, kind: c.final as RawItem['kind'] };
    if (c.bounds) item.scale = { ...c.bounds, ...(c.scale && c.scale.labels.length ? { labels: c.scale.labels } : {}) };
    items.push(item);
    seen.add(c.key);
  }
  return items;
}

async function* responses(rows: () => AsyncIterable<Row>, planned: PlannedColumn[], layout: SurveyLayout, opts: ReadOptions): AsyncGenerator<Yielded> {
  const byRole = new Map<string, number>();
  for (const c of planned) if (c.role !== 'question' && !byRole.has(c.role)) byRole.set(c.role, c.index);
  const active = planned.filter((c) => c.final !== 'ignore' && c.final !== 'drop');
  for await (const r of rows()) {
    if (r.row <= layout.headerRows) continue;
    const cell = (i: number) => (r.fields[i] ?? '').trim();
    const get: RowGetter = (role) => (byRole.has(role) ? cell(byRole.get(role)!) : '');
    const parts: RawPart[] = [];
    const answers: RawAnswer[] = [];
    const attrs: RawDoc['attrs'] = {};
    let group: Group | null = null;
    for (const c of active) {
      const value = cell(c.index);
      if (value === '') continue;
      if (c.final === 'text') parts.push({ text: value, question: c.text }); // the question text (the tag when the export has none)
      else if (c.final === 'group') {
        group ??= groupFromText(value);
        attrs.groupAnswer = value;
      } else if (c.final === 'attr') attrs[c.attrKey!] = c.attrKey === 'origin' ? originFromText(value) : c.attrKey === 'ageBand' ? ageBand(value) : value;
      else if (c.final === 'option') answers.push({ item: c.option!.item, value: c.option!.label, num: null });
      else if (c.final === 'multi') {
        for (const v of value.split(layout.multiSeparator).map((t) => t.trim()).filter(Boolean)) answers.push({ item: c.key, value: v, num: null });
      } else if (c.final === 'likert') answers.push({ item: c.key, value, num: c.scale!.position(value) });
      else if (c.final === 'nps') answers.push({ item: c.key, value, num: leadingNumber(value) });
      else if (c.final === 'numeric') answers.push({ item: c.key, value, num: parseNumber(value) });
      else if (c.final === 'single') answers.push({ item: c.key, value, num: null });
    }
    const reason = layout.skipReason?.(get, parts.length > 0) ?? (parts.length === 0 && answers.length === 0 ? 'empty response' : null);
    if (reason) { yield { skip: reason }; continue; }
    const id = get('id');
    const doc: RawDoc = { externalId: id || null, group: group ?? layout.defaultGroup ?? opts.group ?? 'unknown', attrs, parts, answers };
    const city = get('city') || opts.city;
    if (city) doc.city = city;
    const date = toIsoDate(get('date'), layout.dayFirst);
    if (date) doc.date = date;
    const language = get('language').toLowerCase();
    if (language) doc.language = language.split(/[-_]/)[0];
    const author = get('author') || id;
    if (author) doc.author = opts.pseudonymize(author);
    yield locate(doc, 'line' in r ? `row ${r.row} (line ${(r as { line: number }).line})` : `row ${r.row}`);
  }
}
