import { describe, expect, it } from 'vitest';
import { fileStem, toCsv } from '../../../web/src/export/download.ts';

describe('CSV export', () => {
  it('writes raw values with a header, quoting commas and quotes', () => {
    const csv = toCsv({
      columns: [{ key: 'theme', label: 'Theme' }, { key: 'net', label: 'Net, points', format: 'signed' }, { key: 'low_n', label: 'Low n' }],
      rows: [{ theme: 'Work & "career"', net: -12.6, low_n: true }, { theme: 'Housing', net: null, low_n: false }],
    });
    expect(csv).toBe('Theme,"Net, points",Low n\r\n"Work & ""career""",-12.6,true\r\nHousing,,false\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const csv = toCsv({ columns: [{ key: 'q', label: 'Quote' }], rows: [{ q: '=HYPERLINK("x")' }] });
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('makes file names safe on every system', () => {
    expect(fileStem(['Zürich', 'net by group', null, 'focus-group'])).toBe('zurich-net-by-group-focus-group');
  });
});
