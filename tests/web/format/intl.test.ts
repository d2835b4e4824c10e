import { describe, expect, it } from 'vitest';
import { fmtN, fmtPeriod, fmtShare, fmtSigned, languageName } from '../../../web/src/format/intl.ts';
import { themeLabel } from '../../../web/src/format/labels.ts';

// Node's default locale here is en-US (CI sets no LANG); the app uses the browser's locale.
describe('formatting through Intl', () => {
  it('writes net sentiment in signed points with a true minus sign', () => {
    expect(fmtSigned(24)).toBe('+24');
    expect(fmtSigned(-37.4)).toBe('\u221237');
    expect(fmtSigned(-0.4)).toBe('0');
    expect(fmtSigned(null)).toBe('\u2013');
  });

  it('keeps one decimal for small shares so 0.4 % is not shown as 0 %', () => {
    expect(fmtShare(0.182)).toBe('18%');
    expect(fmtShare(0.004)).toBe('0.4%');
    expect(fmtShare(0)).toBe('0%');
  });

  it('writes n with non-breaking spaces so it never wraps apart', () => {
    expect(fmtN(1750)).toBe('n\u00a0=\u00a01,750');
  });

  it('writes a period as months, read in UTC', () => {
    expect(fmtPeriod('2024-01-01', '2025-12-31')).toBe('Jan 2024\u2009\u2013\u2009Dec 2025');
    expect(fmtPeriod('2025-03-01', '2025-03-30')).toBe('Mar 2025');
    expect(fmtPeriod(null, null)).toBe('no dates');
  });

  it('names languages in the reader’s language and survives unknown codes', () => {
    expect(languageName('nl')).toBe('Dutch');
    expect(languageName('und')).toBe('Unknown');
  });

  it('labels theme ids for people', () => {
    expect(themeLabel('cost_of_living')).toBe('Cost of living');
    expect(themeLabel('work_career')).toBe('Work & career');
    expect(themeLabel('housing')).toBe('Housing');
  });
});
