import { ingestFile } from '../../ingest/pipeline.ts';
import { ensureCity } from '../../data/db/brand-values.ts';
import { setHandles } from '../../data/db/speaker.ts';
import { inTransaction, type Store } from '../../data/db/store.ts';

export const SPEAKER_FIXTURES = ['qualtrics-speakers.csv', 'focus-group-speakers.md', 'social-speakers.csv'];

/**
 * Havenstad (the Netherlands) with @CityOfHavenstad as its official handle and @UniHavenstad as a
 * partner, and the three speaker fixtures ingested: a Qualtrics export with stay, role and
 * nationality questions, a focus group whose labels carry countries, and a social export.
 */
export async function loadSpeakerFixtures(store: Store): Promise<void> {
  await inTransaction(store, async (c) => {
    const id = await ensureCity(c, 'Havenstad', 'the Netherlands');
    await setHandles(c, id, [{ handle: '@CityOfHavenstad', voice: 'official' }, { handle: 'UniHavenstad', voice: 'partner' }]);
  });
  for (const f of SPEAKER_FIXTURES) {
    const r = await ingestFile(store, `tests/fixtures/ingest/${f}`, { city: 'Havenstad' });
    if (r.errors.length) throw new Error(`${f}: ${JSON.stringify(r.errors)}`);
  }
}
