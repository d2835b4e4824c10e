/** The vocabulary gap: per brand value, the brand's own words beside each audience's words. */
import type { Group, ValuesResponse, VocabularyGap } from '../../../../data/types.ts';
import { fmtInt } from '../../format/intl.ts';
import { GROUP_LABEL } from '../../format/labels.ts';
import { GROUP_COLOR } from '../../charts/palette.ts';

const SIDES: (Group | 'brand')[] = ['brand', 'resident', 'international', 'visitor', 'unknown'];

type ValueGap = { value: string; sides: VocabularyGap[]; brand: Set<string> };

function byValue(d: ValuesResponse): ValueGap[] {
  return d.values.map((v) => {
    const sides = SIDES.flatMap((s) => d.vocabularyGap.filter((g) => g.value === v.value && g.side === s && g.terms.length > 0));
    return { value: v.value, sides, brand: new Set(sides.find((s) => s.side === 'brand')?.terms ?? []) };
  });
}

/** The value whose audiences share the fewest of the brand's words, said in words. */
export function describeGap(gaps: ValueGap[]): string {
  let worst: { g: ValueGap; overlap: number; said: string[] } | null = null;
  for (const g of gaps) {
    const heard = g.sides.filter((s) => s.side !== 'brand').flatMap((s) => s.terms);
    if (g.brand.size === 0 || heard.length === 0) continue;
    const overlap = [...g.brand].filter((t) => heard.includes(t)).length / g.brand.size;
    const said = [...new Set(heard.filter((t) => !g.brand.has(t)))].slice(0, 3);
    if (!worst || overlap < worst.overlap) worst = { g, overlap, said };
  }
  if (!worst) return 'The brand and its audiences: the words each uses per value';
  const brandWords = [...worst.g.brand].slice(0, 2).map((t) => `“${t}”`).join(', ');
  return `For ${worst.g.value} the brand says ${brandWords}; people say ${worst.said.map((t) => `“${t}”`).join(', ')}`;
}

/** One block per value: columns of words per side, words the brand also uses marked. */
export function VocabularyGapCard({ d, scope }: { d: ValuesResponse; scope: string }) {
  const gaps = byValue(d).filter((g) => g.sides.length > 0);
  return (
    <section class="card vocab-card" aria-labelledby="vocab-title" data-table="vocabulary-gap">
      <header class="card-head">
        <div>
          <h2 id="vocab-title" class="card-title">{describeGap(gaps)}</h2>
          <p class="card-subtitle">
            Which words does the brand use for each value, and which do people use? <mark class="shared">Marked</mark> words appear on both
            sides · {scope}
          </p>
        </div>
      </header>
      {gaps.length === 0 && <p class="muted">No words yet: the brand texts or the audiences do not mention these values.</p>}
      {gaps.map((g) => (
        <div class="vocab-value">
          <h3>{g.value}</h3>
          <div class="vocab-sides">
            {g.sides.map((s) => (
              <div class="vocab-side" style={{ borderTopColor: GROUP_COLOR[s.side] }}>
                <h4>{GROUP_LABEL[s.side]}</h4>
                <ul>
                  {s.terms.map((t, i) => {
                    const shared = s.side !== 'brand' ? g.brand.has(t) : g.sides.some((o) => o.side !== 'brand' && o.terms.includes(t));
                    return (
                      <li>
                        {shared ? <mark class="shared">{t}</mark> : t} <span class="muted small">{fmtInt(s.counts[i] ?? 0)}</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        </div>
      ))}
      <p class="source-line">Top words per side, with the number of segments using each · from brand texts and audience segments mentioning the value</p>
    </section>
  );
}
