/** The words (3+ letters) and word bigrams of analysed tokens: the candidates theme-term mining counts. */
export function gramsOf(tokens: { type: string; norm: string }[]): string[] {
  const out = new Set<string>();
  let prev = '';
  for (const t of tokens) {
    if (t.type !== 'word') { prev = ''; continue; }
    if (t.norm.length >= 3) out.add(t.norm);
    if (prev) out.add(`${prev} ${t.norm}`);
    prev = t.norm;
  }
  return [...out];
}
