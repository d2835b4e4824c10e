import { describe, expect, it } from 'vitest';
import { RangeSplit } from '../../../ingest/stage/split.ts';

describe('the split of a file into parts', () => {
  it('gives each part the records read in its byte range, the end of the file to the last', () => {
    const split = new RangeSplit(3);
    expect([0, 299, 300, 650, 899, 900].map((b) => split.owner(b, 900))).toEqual([0, 0, 1, 2, 2, 2]);
  });
  it('never gives a record to an earlier part once a later one owns one (a reader restarting its position)', () => {
    const split = new RangeSplit(2);
    expect([600, 10, 900].map((b) => split.owner(b, 1000))).toEqual([1, 1, 1]);
  });
  it('gives everything to the first part when the size is unknown', () => {
    expect(new RangeSplit(4).owner(5000, null)).toBe(0);
  });
});
