/** The demo cities in figures (population, born abroad, nationalities): invented, like the cities; source "demo". */
import type { CityContext } from '../types.ts';

const figure = (value: number, year: number) => ({ value, source: 'demo (fictional figures)', year });

/** Per demo city; Marenburg has no population, so Compare's per-10,000 view shows "no population entered". */
export const DEMO_CONTEXT: Record<string, CityContext> = {
  Havenstad: { population: figure(231_500, 2025), bornAbroad: figure(0.18, 2024), nationalities: figure(164, 2025) },
  Lindholm: { population: figure(102_300, 2025), bornAbroad: figure(0.11, 2024), nationalities: figure(121, 2025) },
  Marenburg: { population: null, bornAbroad: figure(0.09, 2023), nationalities: figure(97, 2023) },
};
