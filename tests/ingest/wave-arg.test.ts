import { describe, expect, it } from 'vitest';
import { parseIngestArgs } from '../../ingest/args.ts';

describe('ingest --wave', () => {
  it('passes a survey file\'s wave on, trimmed, and leaves it unset when not given', () => {
    expect(parseIngestArgs(['s.csv', '--wave', ' spring 2026 ']).wave).toBe('spring 2026');
    expect(parseIngestArgs(['s.csv']).wave).toBeUndefined();
  });

  it('refuses an empty or over-long wave, naming the option', () => {
    expect(() => parseIngestArgs(['s.csv', '--wave', ''])).toThrow(/^--wave/);
    expect(() => parseIngestArgs(['s.csv', '--wave', 'x'.repeat(41)])).toThrow(/^--wave/);
  });
});
