/** Words and tables for the brand resonance figures: the finding as a title, every figure as rows. */
import type { ValueGroupFigure, ValueRow, ValuesResponse } from '../../../data/types.ts';
import { fmtInt, fmtShare, fmtSigned } from '../format/intl.ts';
import { AUDIENCE_ORDER, audienceName } from '../format/labels.ts';
import { isWeak } from './base.ts';
import { quadrantName } from './resonance-quadrant.ts';
import type { Finding, TableSpec } from './types.ts';

type Solid = { v: ValueRow; f: ValueGroupFigure & { net: number } };

/** The figure of all audiences together (under the page's group filter) for each value. */
function overall(d: ValuesResponse): Solid[] {
  return d.values.flatMap((v) => {
    const f = v.groups.find((g) => g.group === 'all');
    return f && f.net != null && !isWeak(f, d.minN) ? [{ v, f: f as Solid['f'] }] : [];
  });
}

function fig(s: Solid): string {
  return `net ${fmtSigned(s.f.net)}, n = ${fmtInt(s.f.n)}`;
}

/**
 * The title names the news: the most emphasised overpromised value first, then a blind spot,
 * then what resonates; an untold strength is added when there is one.
 */
export function describeResonance(d: ValuesResponse): Finding {
  const solid = overall(d);
  const by = (q: string) => solid.filter((s) => s.f.quadrant === q).sort((a, b) => b.v.emphasis - a.v.emphasis);
  const over = by('overpromised');
  const blind = by('blind_spot');
  const reso = by('resonating');
  const untold = by('untold_strength').sort((a, b) => b.f.net - a.f.net);
  let title: string;
  if (d.values.length === 0) title = 'This city has no brand values yet';
  else if (solid.length === 0) title = `Every brand value has fewer than ${d.minN} audience segments — read with care`;
  else if (over.length) {
    const o = over[0];
    title = `${o.v.value} is overpromised: ${fmtShare(o.v.emphasis)} of the brand's value mentions, yet audiences are negative (${fig(o)})`;
  } else if (blind.length) {
    const b = blind[0];
    title = `${b.v.value} is a blind spot: rarely in the brand (${fmtShare(b.v.emphasis)}) and viewed negatively (${fig(b)})`;
  } else if (reso.length) {
    const r = reso[0];
    title = `${r.v.value} resonates: the brand stresses it (${fmtShare(r.v.emphasis)}) and audiences agree (${fig(r)})`;
  } else title = `No brand value is both stressed and positive`;
  if (untold.length && d.values.length) title += `; ${untold[0].v.value.toLowerCase()} is an untold strength (${fmtSigned(untold[0].f.net)})`;
  const each = d.values.map((v) => {
    const groups = v.groups.filter((g) => g.n > 0).map((g) => `${groupName(g.group)} ${quadrantName(g.quadrant).toLowerCase()}, net ${fmtSigned(g.net)}, n = ${fmtInt(g.n)}${isWeak(g, d.minN) ? ' (low n)' : ''}`);
    return `${v.value}: brand emphasis ${fmtShare(v.emphasis)}; ${groups.join('; ')}`;
  });
  return { title, summary: `${title}. ${each.join('. ')}.` };
}

/** The resonance pages name audiences as every chart does. */
export const groupName = audienceName;

/** Every figure of every value: one row per value and audience group, the 'all' row first. */
export function resonanceTable(d: ValuesResponse): TableSpec {
  const distinct = new Map(d.distinctiveness.map((x) => [x.value, x.distinctiveness]));
  return {
    columns: [
      { key: 'value', label: 'Brand value' },
      { key: 'emphasis', label: 'Brand emphasis E', format: 'share' },
      { key: 'brand_n', label: 'Brand segments', format: 'int' },
      { key: 'distinctiveness', label: 'Distinctiveness', format: 'decimal' },
      { key: 'group', label: 'Audience' },
      { key: 'voice_share', label: 'Voice share S', format: 'share' },
      { key: 'net', label: 'Net sentiment', format: 'signed' },
      { key: 'low', label: '95% low', format: 'signed' },
      { key: 'high', label: '95% high', format: 'signed' },
      { key: 'n', label: 'n (segments)', format: 'int' },
      { key: 'quadrant', label: 'Quadrant' },
      { key: 'low_n', label: 'Low n' },
    ],
    rows: d.values.flatMap((v) =>
      [...v.groups].sort((a, b) => AUDIENCE_ORDER.indexOf(a.group) - AUDIENCE_ORDER.indexOf(b.group)).map((g) => ({
        value: v.value, emphasis: v.emphasis, brand_n: v.brand_n, distinctiveness: distinct.get(v.value) ?? null,
        group: groupName(g.group), voice_share: g.voice_share, net: g.net, low: g.net == null ? null : g.low,
        high: g.net == null ? null : g.high, n: g.n, quadrant: g.n > 0 ? quadrantName(g.quadrant) : '–', low_n: isWeak(g, d.minN),
      })),
    ),
  };
}
