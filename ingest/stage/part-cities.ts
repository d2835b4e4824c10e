/**
 * The cities as one part sees them: what the owner knew at the start (brand values, country,
 * handles) and an analyzer per value lexicon. A city the spec does not list is new: no values, no
 * country, no handles, exactly as a city the old pipeline created mid-file.
 */
import type { Analyzer } from '../analysis/index.ts';
import { makePseudonymizer } from '../hash.ts';
import { normalHandle } from '../../data/db/speaker.ts';
import type { Voice } from '../../data/speaker.ts';
import type { KnownCity, PartSpec } from './part.ts';
import type { CityRows } from './staged-rows.ts';

export type PartCity = CityRows & { analyzer: Analyzer; first: number };

/** The cities of one part, keyed by lower-case name, created on first mention. */
export class PartCities {
  private byName = new Map<string, PartCity>();
  private known: Map<string, KnownCity>;

  constructor(private spec: Pick<PartSpec, 'cities' | 'themeTerms' | 'modelFile' | 'pseudonymKey' | 'read'>) {
    this.known = new Map(spec.cities.map((c) => [c.name.toLowerCase(), c]));
  }

  /**
   * The city named `name`, first seen at `ordinal`. The analysis is loaded with the first city:
   * a file read whole before its first record (a JSON document) is read under the thread's heap
   * cap before the models take their share of it, as when a thread only read.
   */
  async get(name: string, ordinal: number): Promise<PartCity> {
    const lower = name.toLowerCase();
    let city = this.byName.get(lower);
    if (!city) {
      const { createAnalyzer } = await import('../analysis/index.ts');
      const { modelsFromFile } = await import('../model-file-cache.ts');
      const k = this.known.get(lower);
      const values = k?.values ?? [];
      city = {
        name, first: ordinal, home: k?.home ?? null,
        valueIds: new Map(values.map((v) => [v.name.toLowerCase(), v.id])),
        handles: this.handles(k?.handles ?? []),
        analyzer: createAnalyzer({
          values: values.map(({ name: n, terms, exclusions }) => ({ name: n, terms, exclusions })),
          themeTerms: this.spec.themeTerms, models: modelsFromFile(this.spec.modelFile ?? undefined),
        }),
      };
      this.byName.set(lower, city);
    }
    return city;
  }

  /** Every city named so far, with the ordinal of its first document. */
  list(): { name: string; first: number }[] {
    return [...this.byName.values()].map((c) => ({ name: c.name, first: c.first }));
  }

  /** Handles keyed as authors are stored: as listed, and pseudonymised unless handles are kept. */
  private handles(list: KnownCity['handles']): Map<string, Voice> {
    const pseudonym = makePseudonymizer(this.spec.pseudonymKey);
    const map = new Map<string, Voice>();
    for (const h of list) {
      map.set(h.handle, h.voice);
      if (!this.spec.read.keepHandles) map.set(normalHandle(pseudonym(h.handle)), h.voice);
    }
    return map;
  }
}
