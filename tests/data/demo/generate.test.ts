import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../data/demo/generate.ts';
import { buildDemoFiles, type DemoBuild } from '../../../data/demo/demo-files.ts';
import { PERIOD_END, PERIOD_START } from '../../../data/demo/calendar.ts';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'demo-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(root, p) : [relative(root, p)];
  }).sort();
}

let demo: DemoBuild;
beforeAll(() => {
  demo = buildDemoFiles();
});

const filesOf = (city: string, source: string): string[] => demo.manifest.filter((m) => m.city === city && m.source === source).map((m) => m.file);

describe('generateDemo', () => {
  it('writes byte-identical files for the same seed, in any folder', () => {
    const a = tmp();
    const b = tmp();
    generateDemo(a, { seed: 7, scale: 0.15 });
    generateDemo(b, { seed: 7, scale: 0.15 });
    const names = listFiles(a);
    expect(names).toEqual(listFiles(b));
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(readFileSync(join(a, name)).equals(readFileSync(join(b, name))), name).toBe(true);
  });

  it('writes different material for a different seed', () => {
    const a = tmp();
    const b = tmp();
    generateDemo(a, { seed: 1, scale: 0.1 });
    generateDemo(b, { seed: 2, scale: 0.1 });
    const f = 'surveys/havenstad-survey-qualtrics.csv';
    expect(readFileSync(join(a, f), 'utf8')).not.toBe(readFileSync(join(b, f), 'utf8'));
  });

  it('returns absolute paths and writes the same entries relative to outDir in manifest.json', () => {
    const out = tmp();
    const returned = generateDemo(out, { scale: 0.1 });
    const written = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { file: string }[];
    expect(written.map((m) => join(out, m.file))).toEqual(returned.map((m) => m.file));
    for (const m of returned) expect(statSync(m.file).size, m.file).toBeGreaterThan(100);
  });
});

describe('files per city', () => {
  it('has one survey (and Havenstad its barometer\'s two waves), 9 focus groups, one X search, 5 brand texts per city, and Lindholm forum threads', () => {
    expect(filesOf('Havenstad', 'survey').sort()).toEqual(['surveys/havenstad-barometer-2025-10.csv', 'surveys/havenstad-barometer-2026-04.csv', 'surveys/havenstad-survey-qualtrics.csv']);
    for (const city of ['Havenstad', 'Lindholm', 'Marenburg']) {
      expect(filesOf(city, 'survey').filter((f) => f.endsWith('-survey-qualtrics.csv'))).toHaveLength(1);
      expect(filesOf(city, 'focus-group')).toHaveLength(9);
      expect(filesOf(city, 'brand')).toHaveLength(5);
      expect(filesOf(city, 'social').filter((f) => f.endsWith('.jsonl'))).toHaveLength(1);
    }
    expect(filesOf('Lindholm', 'social').filter((f) => f.includes('reddit'))).toHaveLength(12);
    expect(filesOf('Havenstad', 'social').filter((f) => f.includes('reddit'))).toHaveLength(0);
    expect(demo.manifest.filter((m) => m.source === 'social' && m.file.includes('reddit')).every((m) => m.group === 'resident')).toBe(true);
  });

  it('scales the counts with `scale`', () => {
    const small = buildDemoFiles({ scale: 0.1 });
    const rows = (b: DemoBuild) => b.files.get('surveys/marenburg-survey-qualtrics.csv')!.trimEnd().split('\n').length;
    expect(rows(small)).toBeLessThan(100);
    expect(rows(demo)).toBeGreaterThan(600);
  });
});

describe('the Qualtrics survey', () => {
  const table = (city: string): string[][] => parse(demo.files.get(`surveys/${city}-survey-qualtrics.csv`)!, { relax_column_count: false });

  it('has the three header rows of a current export: tags, question texts, ImportId JSON', () => {
    const [tags, texts, ids] = table('havenstad');
    expect(tags.slice(0, 3)).toEqual(['StartDate', 'EndDate', 'Status']);
    expect(tags.slice(17)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6_1', 'Q6_2', 'Q6_3', 'Q6_4', 'Q6_5', 'Q7', 'Q8_TEXT', 'Q9_TEXT', 'Q10_TEXT', 'Q11']);
    expect(texts[tags.indexOf('Q6_2')]).toBe('How much do you agree? - It is easy to find housing');
    expect(texts[tags.indexOf('Q2')]).toBe('How long have you lived in Havenstad?');
    expect(ids.map((c) => JSON.parse(c).ImportId)).toContain('QID8_TEXT');
    expect(ids[8]).toBe('{"ImportId":"_recordId"}');
  });

  it('holds about 600 responses with previews, empty responses and e-mails in about 30%', () => {
    const rows = table('lindholm').slice(3);
    expect(rows.length).toBe(600);
    const status = rows.map((r) => r[2]);
    expect(status.filter((s) => s === 'Survey Preview').length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r[6] === 'False' && !r[28] && !r[29]).length).toBeGreaterThanOrEqual(5);
    const emails = rows.filter((r) => r[31].includes('@')).length / rows.length;
    expect(emails).toBeGreaterThan(0.22);
    expect(emails).toBeLessThan(0.35);
    expect(rows.every((r) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(r[0]))).toBe(true);
  });

  it('writes about 15% of Lindholm answers in Dutch and of Marenburg answers in German', () => {
    for (const [city, lang] of [['lindholm', 'NL'], ['marenburg', 'DE']]) {
      const rows = table(city).slice(3);
      const share = rows.filter((r) => r[16] === lang).length / rows.length;
      expect(share, city).toBeGreaterThan(0.1);
      expect(share, city).toBeLessThan(0.2);
    }
  });

  it('agrees with the housing signal in the Likert matrix: Havenstad internationals disagree housing is easy', () => {
    const rows = table('havenstad').slice(3).filter((r) => r[17].includes('international') && r[23]);
    const bottom2 = rows.filter((r) => r[23].endsWith('disagree')).length / rows.length;
    expect(bottom2).toBeGreaterThan(0.7);
  });
});

describe('closed answers that carry signals', () => {
  const table = (city: string): string[][] => parse(demo.files.get(`surveys/${city}-survey-qualtrics.csv`)!).slice(3);
  const nps = (rows: string[][]): number => {
    const scores = rows.map((r) => r[27]).filter(Boolean).map(Number);
    return (100 * (scores.filter((x) => x >= 9).length - scores.filter((x) => x <= 6).length)) / scores.length;
  };

  it('lowers the NPS of Lindholm residents from the first eight months to the last eight', () => {
    const residents = table('lindholm').filter((r) => r[17] === 'I live here (resident)' && r[2] === 'IP Address');
    const first = residents.filter((r) => r[7] < '2025-08-01');
    const last = residents.filter((r) => r[7] >= '2026-04-01');
    expect(nps(first) - nps(last)).toBeGreaterThan(25);
  });

  it('has most Marenburg internationals disagree that they get by without German', () => {
    const rows = table('marenburg').filter((r) => r[17].includes('international') && r[24]);
    expect(rows.filter((r) => r[24].endsWith('disagree')).length / rows.length).toBeGreaterThan(0.6);
  });
});

describe('planted proportions in the emitted sentences', () => {
  const share = (city: string, theme: string, group: string, polarity: string, from = PERIOD_START, to = PERIOD_END) => {
    const lines = demo.ledger.filter((l) => l.city === city && l.theme === theme && l.group === group && l.date >= from && l.date <= to);
    return { n: lines.length, share: lines.filter((l) => l.polarity === polarity).length / lines.length };
  };

  it('makes about 80% of Havenstad internationals\' housing sentences negative', () => {
    const s = share('Havenstad', 'housing', 'international', 'neg');
    expect(s.n).toBeGreaterThan(100);
    expect(s.share).toBeGreaterThan(0.72);
    expect(s.share).toBeLessThan(0.9);
  });

  it('makes about 75% of Havenstad internationals\' culture sentences positive', () => {
    const s = share('Havenstad', 'culture_events', 'international', 'pos');
    expect(s.share).toBeGreaterThan(0.67);
    expect(s.share).toBeLessThan(0.83);
  });

  it('turns Lindholm residents against tourism: ≈ 25% negative in the first 6 months, ≈ 75% in the last 6', () => {
    const sixMonths = 182.5 * 86_400_000;
    const first = share('Lindholm', 'tourism', 'resident', 'neg', PERIOD_START, PERIOD_START + sixMonths);
    const last = share('Lindholm', 'tourism', 'resident', 'neg', PERIOD_END - sixMonths, PERIOD_END);
    expect(first.n).toBeGreaterThan(60);
    expect(first.share).toBeGreaterThan(0.15);
    expect(first.share).toBeLessThan(0.35);
    expect(last.share).toBeGreaterThan(0.65);
    expect(last.share).toBeLessThan(0.85);
  });

  it('keeps Marenburg positive about green space and its internationals negative on language and paperwork', () => {
    expect(share('Marenburg', 'environment', 'resident', 'pos').share).toBeGreaterThan(0.72);
    expect(share('Marenburg', 'language', 'international', 'neg').share).toBeGreaterThan(0.68);
    expect(share('Marenburg', 'bureaucracy', 'international', 'neg').share).toBeGreaterThan(0.7);
  });
});
