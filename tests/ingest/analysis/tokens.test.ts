import { describe, expect, it } from 'vitest';
import { readDoc, its, nlp } from '../../../ingest/analysis/wink.ts';
import { toTokens } from '../../../ingest/analysis/tokens.ts';
import { matchLexicon, matchSpans, compileLexicon } from '../../../ingest/analysis/matcher.ts';

/** Every property read from wink directly, for comparison with the cached reading. */
function direct(text: string) {
  const t = nlp.readDoc(text).tokens();
  const norms = t.out(its.normal) as string[];
  const lemmas = t.out(its.lemma as unknown as typeof its.value) as string[];
  return { values: t.out(its.value) as string[], norms: norms.map((n) => n.toLowerCase()), lemmas: lemmas.map((l, i) => (l || norms[i]).toLowerCase()), pos: t.out(its.pos) as string[] };
}

describe('toTokens', () => {
  const text = "The flats aren't cheap, but I can't complain:  the café's  rooms\u00a0are lovely :) 😍";

  it('reads the same tokens from the form cache as from wink on first sight', () => {
    const first = toTokens(readDoc(text).doc, text);
    const again = toTokens(readDoc(text).doc, text);
    expect(again.map(({ form: _, ...t }) => t)).toEqual(first.map(({ form: _, ...t }) => t));
    const d = direct(text);
    expect(again.map((t) => t.value)).toEqual(d.values);
    expect(again.map((t) => t.norm)).toEqual(d.norms);
    expect(again.map((t) => t.lemma)).toEqual(d.lemmas);
    expect(again.map((t) => t.pos)).toEqual(d.pos);
  });

  it('keeps contractions apart: "ca" + "n\'t" read "can" + "not"', () => {
    toTokens(readDoc('ca').doc, 'ca');
    const tokens = toTokens(readDoc("I can't complain").doc, "I can't complain");
    expect(tokens.map((t) => t.norm)).toEqual(['i', 'can', 'not', 'complain']);
    expect(toTokens(readDoc('ca').doc, 'ca')[0].norm).toBe('ca');
  });

  it('locates every token exactly, across runs of spaces and no-break spaces', () => {
    for (const t of toTokens(readDoc(text).doc, text)) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it('shares one form between tokens of the same word and part of speech', () => {
    const tokens = toTokens(readDoc('Rooms and rooms').doc, 'Rooms and rooms');
    expect(tokens[2].form).toBe(toTokens(readDoc('more rooms').doc, 'more rooms')[1].form);
    expect(tokens[0].form).not.toBe(tokens[2].form);
  });
});

describe('matchSpans', () => {
  it('gives the token spans of the matches matchLexicon gives as offsets', () => {
    const lex = compileLexicon([{ id: 'housing', terms: ['rent', 'waiting list'] }, { id: 'mobility', terms: ['tram*'] }]);
    const text = 'The rent and the waiting list for a tramway flat.';
    const tokens = toTokens(readDoc(text).doc, text);
    const spans = matchSpans(lex, tokens);
    expect(spans.map((s) => [s.id, s.i, s.j])).toEqual([['housing', 1, 1], ['housing', 4, 5], ['mobility', 8, 8]]);
    expect(matchLexicon(lex, tokens).map((m) => text.slice(m.start, m.end))).toEqual(['rent', 'waiting list', 'tramway']);
  });
});
