import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makePseudonymizer } from '../../ingest/hash.ts';

// The pseudonym as defined: 'p_' + the first 16 hex digits of HMAC-SHA256(key, trimmed lowercase handle).
const expected = (key: string, handle: string) =>
  'p_' + createHmac('sha256', key).update(handle.trim().toLowerCase()).digest('hex').slice(0, 16);

describe('pseudonyms', () => {
  it('are the keyed hash of the trimmed lowercase handle', () => {
    const p = makePseudonymizer('k1');
    expect(p('@Anna_B')).toBe(expected('k1', '@anna_b'));
    expect(p(' @anna_b ')).toBe(p('@ANNA_B'));
    expect(p('@anna_b')).not.toBe(makePseudonymizer('k2')('@anna_b'));
  });

  it('stay the same for every handle after the remembered ones are dropped (more handles than the memo holds)', () => {
    const p = makePseudonymizer('key');
    const handles = Array.from({ length: 70_000 }, (_, i) => `user${i}`);
    const first = handles.map((h) => p(h));
    // asked again in reverse: some remembered, some computed anew after the memo started over
    for (let i = handles.length - 1; i >= 0; i -= 997) expect(p(handles[i])).toBe(first[i]);
    expect(first[0]).toBe(expected('key', 'user0'));
    expect(first[69_999]).toBe(expected('key', 'user69999'));
    expect(new Set(first).size).toBe(70_000);
  });
});
