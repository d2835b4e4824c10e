/** Qualtrics exports: current CSV (3 header rows), TSV (UTF-16LE), and the legacy V1..V10 layout. */
import { csvRows, sniffDelimiter } from './csv-rows.ts';
import { headText } from './detect.ts';
import type { FormatReader, ReaderContext } from './session.ts';
import { openSurvey, type Row, type SurveyLayout } from './survey-engine.ts';
import type { ColumnSpec, Role } from './survey-classify.ts';

/** Personal metadata Qualtrics adds to every export; dropped at read time. */
const PERSONAL = /^(IPAddress|RecipientLastName|RecipientFirstName|RecipientEmail|ExternalReference|ExternalDataReference|LocationLatitude|LocationLongitude|LocationAccuracy|Name|EmailAddress|Email|Q_URL|Q_RelevantIDLastStartDate)$/i;
const META: Record<string, Role> = {
  responseid: 'id', recordeddate: 'date', status: 'status', finished: 'finished', userlanguage: 'language', q_language: 'language',
  startdate: 'ignore', enddate: 'date', progress: 'ignore', 'duration (in seconds)': 'ignore', distributionchannel: 'ignore', responseset: 'ignore',
};
/** Status codes/labels of responses that are not real: preview, test, spam, offline preview. */
const NOT_REAL = /^(1|2|8|17|survey preview|survey test|spam|offline survey preview|preview|test)$/i;

/** Table rows of a delimited file, restartable. */
export function tableRows(ctx: ReaderContext, delimiter?: string): () => AsyncIterable<Row> {
  const d = delimiter ?? sniffDelimiter(headText(ctx.head));
  return () => csvRows(ctx.src.text(ctx.encoding), d, ctx.opts.sample, ctx.src.maxRecordChars);
}

/** The first `n` rows of a table. */
export async function firstRows(rows: () => AsyncIterable<Row>, n: number): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of rows()) {
    out.push(r.fields);
    if (out.length >= n) break;
  }
  return out;
}

function roleOf(key: string, importId: string): Role {
  if (PERSONAL.test(key)) return 'drop';
  const meta = META[key.toLowerCase()];
  if (meta) return meta;
  if (key === '' || /^Q_|_DO_|^SC\d|\s-\s(Parent )?Topics$|\s-\s(Topic )?Sentiment|Topics$/.test(key) || /Topics|Sentiment/.test(importId)) return 'ignore';
  // Qualtrics' own recoding of a 0–10 item into promoter/passive/detractor: derived, not a question.
  if (/_NPS_GROUP$/i.test(key) || /_NPS_GROUP"/i.test(importId)) return 'ignore';
  return 'question';
}

/** Reads a Qualtrics export in any of its three layouts. */
export const readQualtrics: FormatReader = async (ctx) => readQualtricsRows(tableRows(ctx, ctx.format === 'qualtrics-tsv' ? '\t' : undefined), ctx);

/** Reads Qualtrics header rows and responses from any table source (CSV, TSV, XLSX). */
export async function readQualtricsRows(rows: () => AsyncIterable<Row>, ctx: ReaderContext) {
  const head = await firstRows(rows, 3);
  const legacy = /^V1$/.test(head[0]?.[0] ?? '') || ctx.format === 'qualtrics-legacy-csv';
  const hasImportRow = (head[2] ?? []).some((f) => f.startsWith('{"ImportId"'));
  const tags = head[0] ?? [];
  const texts = head[1] ?? [];
  const npsTags = new Set(tags.map((t) => t.trim().match(/^(.+)_NPS_GROUP$/i)?.[1]?.toLowerCase()).filter((t) => t !== undefined));
  const columns: ColumnSpec[] = tags.map((tag, index) => {
    const label = (texts[index] ?? '').trim();
    // Legacy system columns are named V1..V10; their label row carries the real name.
    const key = legacy && /^V\d+$/.test(tag) ? label : tag.trim();
    const importId = hasImportRow ? (head[2][index] ?? '') : '';
    const role = roleOf(key, importId);
    const spec: ColumnSpec = { index, key, text: label || key, role };
    if (role === 'question' && (/_TEXT$/i.test(key) || /_TEXT"/.test(importId))) spec.kind = 'text';
    // Qualtrics adds Q7_NPS_GROUP only to its NPS questions: Q7 is a 0–10 NPS item whatever its wording or language.
    else if (role === 'question' && npsTags.has(key.toLowerCase())) spec.kind = 'nps';
    return spec;
  });
  const format = legacy ? 'qualtrics-legacy-csv' : ctx.format === 'qualtrics-xlsx' ? 'qualtrics-xlsx' : ctx.format === 'qualtrics-tsv' || ctx.encoding.startsWith('utf-16') ? 'qualtrics-tsv' : 'qualtrics-csv';
  const layout: SurveyLayout = {
    format,
    headerRows: legacy ? 2 : hasImportRow ? 3 : 2,
    columns,
    multiSeparator: ',',
    dayFirst: false,
    skipReason: (get, hasText) => {
      if (NOT_REAL.test(get('status'))) return 'preview, test or spam';
      if (/^(0|false)$/i.test(get('finished')) && !hasText) return 'unfinished without text';
      return null;
    },
  };
  return openSurvey(rows, layout, ctx.opts);
}
