import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden, FIXTURES, readAll } from './read-all.ts';

describe('brand texts', () => {
  it('reads Markdown with two top-level sections as two documents of paragraphs and list items', async () => {
    const path = resolve(FIXTURES, 'brand-demo.md');
    const r = await readAll(path);
    expect(r.format).toBe('brand-markdown');
    expect(r.source).toBe('brand');
    expect(r.stats).toEqual({ records: 2, skipped: 0, errors: [] });
    expect(r.docs.map((d) => d.parts.length)).toEqual([5, 2]);
    expect(r.docs[0].parts[0].text).toBe(
      'Havenstad is an open, entrepreneurial port city where talent from all over the world finds its place. We welcome newcomers with open arms.',
    );
    expect(r.docs[0].parts[2].text).toBe('Open: we are a city of many nationalities.');
    expect(r.docs[1].attrs.section).toBe('Campaign copy: "Make it in Havenstad"');
    expect(r.docs.every((d) => d.group === undefined && d.city === 'Havenstad')).toBe(true);
    expectGolden(r, path);
  });

  it('reads plain text as one document, one part per paragraph, soft wraps joined', async () => {
    const r = await readAll(resolve(FIXTURES, 'brand-demo.txt'));
    expect(r.format).toBe('brand-text');
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0].attrs.title).toBe('brand demo');
    expect(r.docs[0].parts.map((p) => p.text)).toEqual([
      'Havenstad is a city of makers. We build ships, start-ups and futures.',
      'Welcome to the open city by the sea.',
      'Green, safe and always developing.',
    ]);
  });
});
