import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyItemFigure, SurveyResponse } from '../../data/types.ts';
import { ingestFile } from '../../ingest/pipeline.ts';
import type { createApp } from '../../server/app.ts';
import type { Store } from '../../data/db/store.ts';
import { knownApp } from '../helpers/known-dataset.ts';
import { tmpDir } from '../helpers/tmp.ts';

/**
 * One city, several exports whose closed questions are answered in bare codes: a Google Forms linear
 * scale 1–5 and a multiple-choice question, a LimeSurvey 5-point array (G01Q01[SQ001] answered 1–5)
 * and the Qualtrics TSV (UTF-16) with its 0–10 recommend item. Every item must reach /api/survey with
 * its kind and figures.
 */
const CITY = 'Havenstad';
const FIXTURES = resolve(import.meta.dirname, '../fixtures/ingest');
const WELCOME = [4, 5, 2, 4, 1, 3, 5, 4];
const TRANSPORT = ['Bike', 'Bus', 'Bike', 'Car', 'Bike', 'Bus', 'Bike', 'Bike'];
const ARRAY = [[5, 4], [3, 1], [2, 4], [4, 5], [1, 2]];

function formsExport(dir: string): string {
  const path = join(dir, 'forms-linear.csv');
  const rows = WELCOME.map((x, i) => `1/${10 + i}/2024 14:18:57,${x},${TRANSPORT[i]}`);
  writeFileSync(path, ['Timestamp,How welcoming is Havenstad?,How do you mostly get around?', ...rows].join('\n') + '\n');
  return path;
}

function limeExport(dir: string): string {
  const path = join(dir, 'limesurvey-codes.csv');
  const header = ['id', 'submitdate', 'lastpage', 'startlanguage', 'seed', 'G01Q01[SQ001]', 'G01Q01[SQ002]'];
  const rows = ARRAY.map(([a, b], i) => [String(i + 1), `2025-05-0${i + 1} 10:00:00`, '2', 'en', String(100 + i), String(a), String(b)]);
  writeFileSync(path, [header, ...rows].map((r) => r.map((c) => `"${c}"`).join(',')).join('\n') + '\n');
  return path;
}

describe('/api/survey: every question kind of real export layouts', () => {
  const tmp = tmpDir();
  let app: ReturnType<typeof createApp>;
  let store: Store;
  beforeAll(async () => {
    ({ app, store } = await knownApp());
    for (const path of [formsExport(tmp.dir), limeExport(tmp.dir), resolve(FIXTURES, 'qualtrics-demo.tsv')]) {
      const s = await ingestFile(store, path, { city: CITY });
      expect(s.errors).toEqual([]);
    }
  }, 120_000);
  afterAll(() => { store.close(); tmp.cleanup(); });

  const survey = async () => {
    const res = await app.request(`/api/survey?city=${CITY}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as SurveyResponse).items.filter((i) => i.group === 'all');
  };
  const item = (items: SurveyItemFigure[], source: string, key: string) => {
    const found = items.filter((i) => i.source === source && i.key === key);
    expect(found, `${source} ${key}`).toHaveLength(1);
    return found[0];
  };

  it('a Google Forms linear scale 1–5 is a scale: mean and top/bottom-2-box', async () => {
    const it = item(await survey(), 'forms-linear.csv', 'How welcoming is Havenstad?');
    expect(it).toMatchObject({ kind: 'likert', scale_min: 1, scale_max: 5, n: WELCOME.length });
    expect(it.mean).toBeCloseTo(WELCOME.reduce((a, x) => a + x, 0) / WELCOME.length, 2);
    expect(it.top2).toBeCloseTo(WELCOME.filter((x) => x >= 4).length / WELCOME.length, 4);
    expect(it.bottom2).toBeCloseTo(WELCOME.filter((x) => x <= 2).length / WELCOME.length, 4);
  });

  it('a single-choice question comes with its distribution: the counts add up to n', async () => {
    const it = item(await survey(), 'forms-linear.csv', 'How do you mostly get around?');
    expect(it).toMatchObject({ kind: 'single', n: TRANSPORT.length, top2: null, nps: null });
    const counts = Object.fromEntries(it.distribution.map((x) => [x.value, x.n]));
    expect(counts).toEqual({ Bike: 5, Bus: 2, Car: 1 });
  });

  it('LimeSurvey array rows answered 1–5 are Likert items 1–5', async () => {
    const items = await survey();
    for (const [k, key] of ['G01Q01[SQ001]', 'G01Q01[SQ002]'].entries()) {
      const xs = ARRAY.map((r) => r[k]);
      const it = item(items, 'limesurvey-codes.csv', key);
      expect(it).toMatchObject({ kind: 'likert', scale_min: 1, scale_max: 5, n: xs.length });
      expect(it.top2).toBeCloseTo(xs.filter((x) => x >= 4).length / xs.length, 4);
    }
  });

  it('the Qualtrics TSV recommend item is an NPS item with its NPS', async () => {
    const it = item(await survey(), 'qualtrics-demo.tsv', 'Q7');
    expect(it).toMatchObject({ kind: 'nps', scale_min: 0, scale_max: 10, n: 3 });
    expect(it.nps).not.toBeNull();
  });
});
