/** Filter chips: what a set of quotes is narrowed to, in words. */
import { axisValueLabel } from '../../../data/speaker.ts';
import type { Group, SourceKind, ThemeOrUnclassified } from '../../../data/types.ts';
import { fmtDay, languageName } from '../format/intl.ts';
import { GROUP_LABEL, SOURCE_LABEL, themeLabel } from '../format/labels.ts';

const SENTIMENT: Record<string, string> = { positive: 'Positive', negative: 'Negative', neutral: 'Neutral', mixed: 'Mixed' };

/** One filter as "Name: value" words. */
export function chipText(key: string, v: string): string {
  switch (key) {
    case 'city': return v;
    case 'theme': return `Theme: ${themeLabel(v as ThemeOrUnclassified)}`;
    case 'value': return `Value: ${v}`;
    case 'group': return GROUP_LABEL[v as Group] ?? v;
    case 'source': return v === 'any' ? 'Every channel, brand texts included' : SOURCE_LABEL[v as SourceKind] ?? v;
    case 'voice': return `Voice: ${axisValueLabel('voice', v)}`;
    case 'label': return `Sentiment: ${SENTIMENT[v] ?? v}`;
    case 'from': return `From ${fmtDay(v)}`;
    case 'to': return `Before ${fmtDay(v)}`;
    case 'lang': return `Language: ${languageName(v)}`;
    case 'q': return `Text: “${v}”`;
    case 'minN': return `Min n ${v}`;
    case 'item': return `Survey item ${v}`;
    case 'answer': return `Answer: “${v}”`;
    case 'answerMin': return `Answer ≥ ${v}`;
    case 'answerMax': return `Answer ≤ ${v}`;
    case 'stimulus': return `Shown: ${v}`;
    case 'word': return `Word: “${v}”`;
    case 'authenticity': return v === 'any' ? 'Judges authenticity' : v === 'authentic' ? 'Finds it authentic' : 'Finds it inauthentic';
    default: return `${key.charAt(0).toUpperCase()}${key.slice(1)}: ${v}`;
  }
}

/** Chips for `filters`; keys in `strong` (what was clicked) are drawn solid, the rest outlined. */
export function FilterChips({ filters, strong }: { filters: Record<string, string>; strong: ReadonlySet<string> }) {
  const keys = Object.keys(filters).filter((k) => k !== 'minN');
  // The clicked filters first: they are what the reader asked about.
  keys.sort((a, b) => Number(strong.has(b)) - Number(strong.has(a)));
  return (
    <ul class="chips" aria-label="Filters of these quotes">
      {keys.map((k) => (
        <li class={`chip${strong.has(k) ? ' chip-strong' : ''}`} data-chip={k}>
          {chipText(k, filters[k])}
        </li>
      ))}
    </ul>
  );
}
