/**
 * The survey-wave signal planted in the demo (issue 19 item 4, signal havenstad-barometer-housing-drop),
 * recovered through the HTTP API: Havenstad's international barometer, asked in two waves and linked
 * by the demo's analyst, loses housing top-2-box between them while its other items hold steady.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SurveyLinksResponse, SurveyResponse, SurveyWaveItem } from '../../data/types.ts';
import { PLANTED } from '../../data/demo/signals.ts';
import { useDemoApi } from '../helpers/demo-server.ts';

const { get } = useDemoApi();

describe('Havenstad: internationals find housing harder in the barometer\'s second wave', () => {
  let waves: SurveyWaveItem[];
  beforeAll(async () => { waves = (await get<SurveyResponse>('/api/survey?city=Havenstad&by=wave')).waves!; });
  const theme = (b: string) => waves.find((w) => w.barometer.includes(b as never))!;

  it('compares the four linked barometer items, one per barometer theme, across the two waves of 120', () => {
    expect(waves.map((w) => w.barometer)).toEqual([['housing'], ['social_inclusion'], ['career'], ['welcome_services']]);
    for (const w of waves) expect(w.waves.map((x) => [x.wave, x.n])).toEqual([['2025-10', 120], ['2026-04', 120]]);
  });

  it('recovers the planted drop of housing top-2-box, with an interval of the change that excludes zero', () => {
    const [first, second] = theme('housing').waves;
    const [was, is] = PLANTED.havenstadBarometerTop2.housing;
    expect(Math.abs(first.top2! - was)).toBeLessThan(0.1);
    expect(Math.abs(second.top2! - is)).toBeLessThan(0.1);
    expect(second.change!.top2!.diff).toBeLessThan(-0.15);
    expect(second.change!.top2!).toMatchObject({ excludesZero: true });
    expect(second.change!.top2!.high).toBeLessThan(0);
  });

  it('marks no change where none was planted', () => {
    for (const b of ['social_inclusion', 'career', 'welcome_services']) expect(theme(b).waves[1].change!.top2!.excludesZero, b).toBe(false);
  });

  it('lists the links the analyst confirmed and suggests nothing more', async () => {
    const body = await get<SurveyLinksResponse>('/api/survey/links?city=Havenstad');
    expect(body.links).toHaveLength(4);
    expect(body.suggestions).toEqual([]);
  });
});
