/** The column mapping as the wizard edits it (one role per column) and as the server reads it (ColumnMapping JSON). */
import type { Group, SourceKind } from '../../../../data/types.ts';

/** What a column holds; "attr" keeps it as a respondent attribute, "drop" removes it as personal data. */
export type ColumnRole =
  | 'ignore' | 'text' | 'likert' | 'nps' | 'single' | 'multi' | 'numeric'
  | 'group' | 'city' | 'date' | 'id' | 'language' | 'author' | 'attr' | 'drop';

export const ROLE_LABEL: Record<ColumnRole, string> = {
  ignore: 'Ignore', text: 'Open text', likert: 'Likert scale', nps: '0–10 recommend (NPS)', single: 'Single choice',
  multi: 'Multiple choice', numeric: 'Number', group: 'Audience group', city: 'City', date: 'Date', id: 'Respondent id',
  language: 'Language', author: 'Author', attr: 'Attribute (role, origin, age…)', drop: 'Personal data: drop',
};

/** Roles a column can have at most once. */
const SINGLE: ColumnRole[] = ['group', 'city', 'date', 'id', 'language', 'author'];

export type MappingDraft = {
  source: Extract<SourceKind, 'survey' | 'social'>;
  roles: Record<string, ColumnRole>;
  defaultGroup: Group | '';
  dayFirst: boolean;
  /** The worksheet of a workbook to read (the first when unset). */
  sheet?: string;
};

/** A previewed column: its header, first values and the server's guess at its role. */
export type PreviewedColumn = { name: string; samples: string[]; guess?: ColumnRole };

/** A first guess from column names, so a common export needs few changes. */
export function guessRole(name: string, samples: string[]): ColumnRole {
  const n = name.toLowerCase();
  if (/e-?mail|phone|telefoon|ip.?address|first.?name|last.?name|latitude|longitude/.test(n)) return 'drop';
  if (/^(city|stad|stadt|gemeente)$/.test(n)) return 'city';
  if (/date|datum|time|created/.test(n)) return 'date';
  if (/^(id|respondent|respondent.?id|response.?id|record.?id)$/.test(n)) return 'id';
  if (/group|audience|resident|doelgroep/.test(n)) return 'group';
  if (/^(lang|language|taal)$/.test(n)) return 'language';
  if (/recommend|nps/.test(n)) return 'nps';
  const long = samples.some((s) => s.length > 40 || s.split(/\s+/).length > 5);
  if (long || /comment|text|open|why|opmerking|toelichting/.test(n)) return 'text';
  if (samples.length && samples.every((s) => /^\d{1,2}$/.test(s.trim()))) return 'likert';
  return 'ignore';
}

/** A draft with guessed roles for every column: the server's guess from the values, else one from the name. */
export function draftFor(columns: PreviewedColumn[], sheet?: string | null): MappingDraft {
  const roles: Record<string, ColumnRole> = {};
  const used = new Set<ColumnRole>();
  for (const c of columns) {
    if (!c.name) continue; // a column without a header cannot be named in a mapping
    const byName = guessRole(c.name, c.samples);
    // the name decides roles values cannot show (city, language, personal data)
    let r = c.guess && !['city', 'language', 'drop'].includes(byName) ? c.guess : byName;
    if (SINGLE.includes(r) && used.has(r)) r = 'attr';
    used.add(r);
    roles[c.name] = r;
  }
  return { source: 'survey', roles, defaultGroup: '', dayFirst: true, ...(sheet ? { sheet } : {}) };
}

/** Problems that keep the draft from being sent, in words. */
export function draftProblems(d: MappingDraft): string[] {
  const out: string[] = [];
  const roles = Object.values(d.roles);
  if (!roles.includes('text') && !roles.some((r) => ['likert', 'nps', 'single', 'multi', 'numeric'].includes(r))) {
    out.push('Mark at least one column as open text or as a closed question.');
  }
  for (const r of SINGLE) if (roles.filter((x) => x === r).length > 1) out.push(`Only one column can be the ${ROLE_LABEL[r].toLowerCase()}.`);
  return out;
}

/** The ColumnMapping JSON of ingest/readers/mapping.ts. */
export function toMapping(d: MappingDraft): Record<string, unknown> {
  const cols = (role: ColumnRole) => Object.entries(d.roles).filter(([, r]) => r === role).map(([c]) => c);
  const one = (role: ColumnRole) => cols(role)[0];
  const attrs: Record<string, string> = {};
  for (const c of cols('attr')) attrs[c.replace(/[^\p{L}\p{N}]+/gu, '_').replace(/^_|_$/g, '') || c] = c;
  const m: Record<string, unknown> = {
    source: d.source, text: cols('text'), likert: cols('likert'), nps: cols('nps'), single: cols('single'),
    multi: cols('multi'), numeric: cols('numeric'), drop: cols('drop'), attrs, dayFirst: d.dayFirst,
  };
  for (const key of ['id', 'date', 'city', 'language', 'author', 'group'] as const) if (one(key)) m[key] = one(key);
  if (d.defaultGroup) m.defaultGroup = d.defaultGroup;
  if (d.sheet) m.sheet = d.sheet;
  return m;
}
