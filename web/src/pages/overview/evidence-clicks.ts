/** Maps clicks on the overview's charts to the evidence drawer (the quotes behind the bar). */
import type { Group, SourceKind, ThemeRow } from '../../../../data/types.ts';
import { openEvidence } from '../../evidence/open.ts';
import { GROUP_LABEL, SOURCE_LABEL, themeLabel } from '../../format/labels.ts';

type Click = { name?: string; seriesName?: string; componentType?: string };

/** A bar of "net sentiment by group": its category is the group id. */
export function openGroupEvidence(params: unknown): void {
  const p = params as Click;
  if (p.componentType !== 'series' || !p.name || !(p.name in GROUP_LABEL)) return;
  openEvidence({ group: p.name }, `${GROUP_LABEL[p.name as Group]}: all segments`);
}

/** A bar of "top themes": its category is the theme's label. */
export function openThemeEvidence(rows: ThemeRow[], params: unknown): void {
  const p = params as Click;
  const row = rows.find((r) => themeLabel(r.theme) === p.name);
  if (p.componentType === 'series' && row) openEvidence({ theme: row.theme }, `Theme: ${themeLabel(row.theme)}`);
}

/** A stack of "documents by source": category = source, series = group (brand texts have no audience quotes). */
export function openSourceEvidence(params: unknown): void {
  const p = params as Click;
  if (p.componentType !== 'series' || !p.name || p.name === 'brand') return;
  const group = (Object.keys(GROUP_LABEL) as (Group | 'brand')[]).find((g) => GROUP_LABEL[g] === p.seriesName);
  if (!group || group === 'brand') return;
  openEvidence({ source: p.name, group }, `${SOURCE_LABEL[p.name as SourceKind]} · ${GROUP_LABEL[group]}`);
}
