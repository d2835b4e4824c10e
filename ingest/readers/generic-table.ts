/** Generic CSV/XLSX read through a column mapping (which columns are text, items, group, city, ...). */
import { reject } from './errors.ts';
import type { ColumnMapping } from './mapping.ts';
import { firstRows, tableRows } from './qualtrics.ts';
import type { FormatReader, ReaderContext } from './session.ts';
import { openSurvey, type Row } from './survey-engine.ts';
import type { ColumnSpec, Kind, Role } from './survey-classify.ts';

/** A delimited file read through `opts.mapping`. */
export const readGenericCsv: FormatReader = async (ctx) => readGenericRows(tableRows(ctx), ctx, 'generic-csv');

/** Builds a layout from the mapping; every column the mapping names must exist in the header. */
export async function readGenericRows(rows: () => AsyncIterable<Row>, ctx: ReaderContext, format: string) {
  const mapping = ctx.opts.mapping;
  if (!mapping) throw reject('file', `${format}: no known export layout was recognised; pass a column mapping (--mapping FILE)`);
  const head = await firstRows(rows, mapping.headerRows);
  const header = (head[mapping.headerRows - 1] ?? []).map((h) => h.trim());
  const plan = planFor(mapping);
  const missing = [...plan.keys()].filter((name) => !header.includes(name));
  if (missing.length) throw reject(`row ${mapping.headerRows}`, `the mapping names columns that are not in the header: ${missing.join(', ')}`);
  const columns: ColumnSpec[] = header.map((name, index) => {
    const p = plan.get(name);
    if (!p) return { index, key: name || `col${index + 1}`, text: name, role: 'ignore' };
    return { index, key: name, text: name, role: p.role, ...(p.kind ? { kind: p.kind } : {}), ...(p.attrKey ? { attrKey: p.attrKey } : {}) };
  });
  const opened = await openSurvey(rows, {
    format,
    headerRows: mapping.headerRows,
    columns,
    multiSeparator: mapping.multiSeparator,
    dayFirst: mapping.dayFirst,
    defaultGroup: mapping.defaultGroup,
  }, ctx.opts);
  return { ...opened, source: mapping.source };
}

type Planned = { role: Role; kind?: Kind; attrKey?: string };

function planFor(m: ColumnMapping): Map<string, Planned> {
  const plan = new Map<string, Planned>();
  const set = (name: string | undefined, p: Planned) => { if (name) plan.set(name, p); };
  set(m.id, { role: 'id' });
  set(m.date, { role: 'date' });
  set(m.city, { role: 'city' });
  set(m.language, { role: 'language' });
  set(m.author, { role: 'author' });
  set(m.group, { role: 'question', kind: 'group' });
  for (const [kind, names] of [['text', m.text], ['likert', m.likert], ['nps', m.nps], ['single', m.single], ['multi', m.multi], ['numeric', m.numeric]] as const) {
    for (const name of names) set(name, { role: 'question', kind });
  }
  for (const [key, name] of Object.entries(m.attrs)) set(name, { role: 'question', kind: 'attr', attrKey: key });
  for (const name of m.drop) set(name, { role: 'drop' });
  return plan;
}
