/** Survey tables that are not Qualtrics: SurveyMonkey CSV/XLSX, Google Forms, LimeSurvey, XLSX dispatch. */
import { reject } from './errors.ts';
import { readGenericRows } from './generic-table.ts';
import { firstRows, readQualtricsRows, tableRows } from './qualtrics.ts';
import type { FormatReader } from './session.ts';
import { openSurvey } from './survey-engine.ts';
import type { ColumnSpec, Role } from './survey-classify.ts';
import { readSurveyMonkeyRows } from './surveymonkey.ts';
import { xlsxRows } from './xlsx-rows.ts';

/** SurveyMonkey CSV export. */
export const readSurveyMonkeyCsv: FormatReader = async (ctx) => readSurveyMonkeyRows(tableRows(ctx), ctx, 'surveymonkey-csv');

/** XLSX: SurveyMonkey and Qualtrics layouts are recognised; anything else needs a mapping. */
export const readXlsx: FormatReader = async (ctx) => {
  const rows = xlsxRows(ctx.src, ctx.opts.mapping?.sheet, ctx.opts.limits);
  if (ctx.opts.mapping || ctx.format === 'generic-xlsx') return readGenericRows(rows, ctx, 'generic-xlsx');
  const [first = [], , third = []] = await firstRows(rows, 3);
  const has = (re: RegExp) => first.some((h) => re.test(h.trim()));
  if (ctx.format === 'surveymonkey-xlsx' || has(/^respondent ?id$/i)) return readSurveyMonkeyRows(rows, ctx, 'surveymonkey-xlsx');
  if (has(/^ResponseId$/) || third.some((f) => f.startsWith('{"ImportId"'))) return readQualtricsRows(rows, { ...ctx, format: 'qualtrics-xlsx' });
  throw reject('row 1', 'this spreadsheet is not a SurveyMonkey or Qualtrics export: pass a column mapping (--mapping FILE)');
};

const FORMS_META: [RegExp, Role][] = [
  [/^(timestamp|zeitstempel|tijdstempel|horodateur|informazioni cronologiche|marca temporal|carimbo de data\/hora)$/i, 'date'],
  [/^(email address|e-mailadres|e-mail-adresse|indirizzo email|adresse e-mail|username|nom d'utilisateur)$/i, 'drop'],
  [/^(score|punteggio|punten|punkte|punkzahl)$/i, 'ignore'],
];

/** Google Forms responses as downloaded from the linked Sheet: question titles are the keys. */
export const readGoogleForms: FormatReader = async (ctx) => {
  const rows = tableRows(ctx);
  const [header = []] = await firstRows(rows, 1);
  const seen = new Map<string, number>();
  const columns: ColumnSpec[] = header.map((h, index) => {
    const title = h.trim();
    const role = FORMS_META.find(([re]) => re.test(title))?.[1] ?? (title ? 'question' : 'ignore');
    // Forms allows two questions with one title; keys must stay unique.
    const n = (seen.get(title) ?? 0) + 1;
    seen.set(title, n);
    const key = (title || `col${index + 1}`) + (n > 1 ? ` (${n})` : '');
    return { index, key, text: title, role, linearScale: role === 'question' };
  });
  return openSurvey(rows, { format: 'google-forms-csv', headerRows: 1, columns, multiSeparator: ', ', dayFirst: false }, ctx.opts);
};

const LIME_META: [RegExp, Role][] = [
  [/^id$/i, 'id'],
  [/^submitdate$/i, 'date'],
  [/^startlanguage$/i, 'language'],
  [/^(ipaddr|refurl|token|email|firstname|lastname|attribute_\d+)$/i, 'drop'],
  [/^(lastpage|seed|startdate|datestamp|interviewtime|.*time$|groupTime\d+)$/i, 'ignore'],
];

/** LimeSurvey response export (code headers like G1Q2[SQ001]; ';' and BOM from the API). */
export const readLimeSurvey: FormatReader = async (ctx) => {
  const rows = tableRows(ctx);
  const [header = []] = await firstRows(rows, 1);
  const columns: ColumnSpec[] = header.map((h, index) => {
    const code = h.trim();
    const role = LIME_META.find(([re]) => re.test(code))?.[1] ?? (code ? 'question' : 'ignore');
    const spec: ColumnSpec = { index, key: code, text: code, role };
    if (role === 'question' && /\[(other|comment)\]$|comment$/i.test(code)) spec.kind = 'text';
    const sub = code.match(/^(.+)\[([^\]]+)\]$/);
    if (role === 'question' && sub && !spec.kind) spec.option = { item: sub[1], itemText: sub[1], label: sub[2] };
    return spec;
  });
  return openSurvey(rows, {
    format: 'limesurvey-csv',
    headerRows: 1,
    columns,
    multiSeparator: ';',
    dayFirst: false,
    skipReason: (get, hasText) => (get('date') === '' && !hasText ? 'incomplete without text' : null),
  }, ctx.opts);
};
