import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintSet } from '../../ingest/fingerprint-set.ts';
import { fingerprint } from '../../ingest/hash.ts';

describe('FingerprintSet', () => {
  it('answers like a Set of the same 64-bit values, through growth and low-bit collisions', () => {
    // few distinct low halves so probing chains form; any high half
    const fp = fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 0xffffffff })).map(([lo, hi]) => (BigInt(hi) << 32n) | BigInt(lo));
    fc.assert(fc.property(fc.array(fp, { maxLength: 3000 }), fc.array(fp, { maxLength: 50 }), (adds, probes) => {
      const set = new FingerprintSet(4);
      const ref = new Set<bigint>();
      for (const x of adds) expect(set.add(x)).toBe(!ref.has(x) && ref.add(x) !== undefined);
      expect(set.size).toBe(ref.size);
      for (const x of [...probes, ...adds]) expect(set.has(x)).toBe(ref.has(x));
    }), { numRuns: 50 });
  });

  it('holds a million dedup fingerprints and finds exactly them', () => {
    const set = new FingerprintSet();
    for (let i = 0; i < 1_000_000; i++) set.add(fingerprint(`id:${i}`));
    expect(set.size).toBe(1_000_000);
    expect([0, 1, 499_999, 999_999].every((i) => set.has(fingerprint(`id:${i}`)))).toBe(true);
    expect([1_000_000, 2_000_000, -1].some((i) => set.has(fingerprint(`id:${i}`)))).toBe(false);
  });
});
