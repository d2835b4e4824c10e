import { openStore, inTransaction } from './server/db/store.ts';
import { ensureCity } from './server/db/brand-values.ts';
import { setHandles } from './server/db/speaker.ts';
import { ingestFile } from './ingest/pipeline.ts';
const s = await openStore(':memory:');
await inTransaction(s, async (c) => { const id = await ensureCity(c, 'Havenstad', 'the Netherlands'); await setHandles(c, id, [{ handle: '@CityOfHavenstad', voice: 'official' }, { handle: 'UniHavenstad', voice: 'partner' }]); });
for (const f of ['qualtrics-speakers.csv', 'focus-group-speakers.md', 'social-speakers.csv']) {
  const r = await ingestFile(s, `tests/fixtures/ingest/${f}`, { city: 'Havenstad' });
  console.log(f, r.format, r.source, r.documents, r.segments, r.errors);
}
console.log(await s.all(`select kind, dedup_key, grp, role_raw, role, origin, stay, stage, voice from documents order by id`));
console.log(await s.all(`select document_id, speaker, grp, role_raw, role, origin, stay, stage, voice, label, themes, left(text, 40) t from segments order by id`));
s.close();
