import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoFiles, type DemoBuild } from '../../../data/demo/demo-files.ts';
import { SIGNALS } from '../../../data/demo/signals.ts';

type Value = { name: string; terms: string[]; exclusions: string[] };
const VALUES = join(import.meta.dirname, '../../../data/demo/values');
const valuesOf = (city: string): Value[] => JSON.parse(readFileSync(join(VALUES, `${city.toLowerCase()}.json`), 'utf8'));

/** Whole-word, case-insensitive matching: a rough stand-in for the analyzer, enough for source-level shares. */
function mentions(text: string, v: Value): boolean {
  const has = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
  return v.terms.some(has) && !v.exclusions.some(has);
}

function shares(sentences: string[], values: Value[]): Map<string, number> {
  const hits = sentences.map((s) => values.filter((v) => mentions(s, v)).map((v) => v.name)).filter((h) => h.length > 0);
  return new Map(values.map((v) => [v.name, hits.filter((h) => h.includes(v.name)).length / hits.length]));
}

const sentences = (md: string): string[] => md.split(/\n+|(?<=[.!?])\s+/).filter((s) => s.trim() && !s.startsWith('#'));
const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1])[0][0];

let demo: DemoBuild;
beforeAll(() => {
  demo = buildDemoFiles();
});

describe('brand values', () => {
  it('give each city 4–6 values of 10–25 terms, with multi-word terms', () => {
    for (const city of ['Havenstad', 'Lindholm', 'Marenburg']) {
      const values = valuesOf(city);
      expect(values.length).toBeGreaterThanOrEqual(4);
      expect(values.length).toBeLessThanOrEqual(6);
      for (const v of values) {
        expect(v.terms.length, v.name).toBeGreaterThanOrEqual(10);
        expect(v.terms.length, v.name).toBeLessThanOrEqual(25);
        expect(v.terms.some((t) => t.includes(' ')), v.name).toBe(true);
      }
    }
  });

  it('name only cities and values that exist in the signals', () => {
    for (const s of SIGNALS) if (s.value) expect(valuesOf(s.city).map((v) => v.name), s.id).toContain(s.value);
  });

  it('are emphasised by Havenstad\'s brand texts innovation first, while its people voice openness and diversity', () => {
    const values = valuesOf('Havenstad');
    const brand = [...demo.files].filter(([f]) => f.startsWith('brand/havenstad')).flatMap(([, md]) => sentences(md));
    const emphasis = shares(brand, values);
    expect(top(emphasis)).toBe('Innovation');
    const audience = demo.ledger.filter((l) => l.city === 'Havenstad' && l.source !== 'social' && l.group !== 'visitor').map((l) => l.text);
    const voice = shares(audience, values);
    expect(top(voice)).toBe('Open & diverse');
    expect(voice.get('Innovation')!).toBeLessThanOrEqual(0.05);
  });

  it('make "Green" the most emphasised Marenburg value in brand and audience text alike', () => {
    const values = valuesOf('Marenburg');
    const brand = [...demo.files].filter(([f]) => f.startsWith('brand/marenburg')).flatMap(([, md]) => sentences(md));
    expect(top(shares(brand, values))).toBe('Green');
    const audience = demo.ledger.filter((l) => l.city === 'Marenburg' && l.group === 'resident').map((l) => l.text);
    expect(top(shares(audience, values))).toBe('Green');
  });
});
