import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, openStore, type Store } from '../../../data/db/store.ts';
import { normalizeOrigin } from '../../../ingest/speaker/origin.ts';
import { stageOf, stayBand } from '../../../ingest/speaker/stay.ts';
import { parseSpeakerAttrs } from '../../../ingest/readers/groups.ts';
import { readFileSync } from 'node:fs';
import { ingestFile } from '../../../ingest/pipeline.ts';
import { parseColumnMapping } from '../../../ingest/readers/mapping.ts';
import { ensureCity } from '../../../data/db/brand-values.ts';
import { loadSpeakerFixtures } from '../../helpers/speaker-fixtures.ts';

describe('speaker field normalisation', () => {
  it('reads origin from EU/non-EU answers, countries and nationalities in en/nl/de/fr', () => {
    const cases: [string, string][] = [
      ['Another EU country', 'eu'], ['Outside the EU', 'non_eu'], ['non-EU', 'non_eu'], ['Brazil', 'non_eu'],
      ['Brasilien', 'non_eu'], ['Allemagne', 'eu'], ['German', 'eu'], ['Verenigde Staten', 'non_eu'],
      ['Dutch', 'local'], ['The Netherlands', 'local'], ['Switzerland', 'non_eu'], ['Atlantis', 'unknown'], ['', 'unknown'],
    ];
    expect(cases.map(([a]) => [a, normalizeOrigin(a, 'NL')])).toEqual(cases);
    // without the city's country a Dutch answer is simply EU
    expect(normalizeOrigin('Dutch', null)).toBe('eu');
  });

  it('bands the length of stay and derives the stage from it unless the stage is answered', () => {
    const cases: [string, string, string][] = [
      ['Less than a year', 'lt1', 'first_year'], ['6 months', 'lt1', 'first_year'], ['Minder dan een jaar', 'lt1', 'first_year'],
      ['1–2 years', '1_2', 'settled'], ['1-3 years', '1_2', 'settled'], ['18 months', '1_2', 'settled'], ['4', '3_5', 'settled'],
      ['More than 5 years', 'gt5', 'settled'], ['Mehr als 5 Jahre', 'gt5', 'settled'], ['plus de 5 ans', 'gt5', 'settled'],
      ['I was born here', 'born_here', 'unknown'], ["I don't live here", 'unknown', 'unknown'],
    ];
    expect(cases.map(([a]) => [a, stayBand(a), stageOf(null, stayBand(a))])).toEqual(cases);
    expect(stageOf('I have moved away since', 'gt5')).toBe('left');
    expect(stageOf('Planning to move next year', 'unknown')).toBe('before_arrival');
  });

  it('takes a country in a transcript label as the speaker\'s origin, not their role', () => {
    expect(parseSpeakerAttrs('international, Brazil')).toEqual({ group: 'international', origin: 'Brazil' });
    expect(parseSpeakerAttrs('international, 29, F, student, Germany')).toMatchObject({ role: 'student', origin: 'Germany' });
  });
});

describe('speaker fields filled at ingest (tests/fixtures/ingest/*-speakers.*)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openStore(':memory:');
    await loadSpeakerFixtures(store);
  });
  afterAll(() => store.close());

  it('fills role, origin, stay, stage and voice of every survey respondent from the Qualtrics questions', async () => {
    // respondent 1 answered the stage question "Just arrived" (first year), respondent 5 left it empty
    const rows = await store.all(`select dedup_key, role_raw, role, origin, stay, stage, voice from documents where kind = 'survey' order by id`);
    expect(rows).toEqual([
      { dedup_key: 'id:R_speakers000001', role_raw: 'PhD candidate', role: 'researcher', origin: 'non_eu', stay: 'lt1', stage: 'first_year', voice: 'user' },
      { dedup_key: 'id:R_speakers000002', role_raw: 'Student', role: 'student', origin: 'eu', stay: '1_2', stage: 'settled', voice: 'user' },
      { dedup_key: 'id:R_speakers000003', role_raw: 'Au pair', role: 'unknown', origin: 'non_eu', stay: '3_5', stage: 'settled', voice: 'user' },
      { dedup_key: 'id:R_speakers000004', role_raw: 'Werkzoekend', role: 'unknown', origin: 'eu', stay: 'gt5', stage: 'settled', voice: 'user' },
      { dedup_key: 'id:R_speakers000005', role_raw: 'Ingenieur', role: 'professional', origin: 'local', stay: 'born_here', stage: 'unknown', voice: 'user' },
      { dedup_key: 'id:R_speakers000006', role_raw: 'Accompanying partner', role: 'partner', origin: 'non_eu', stay: '1_2', stage: 'settled', voice: 'user' },
      // the stage answered directly wins over the one derived from the stay
      { dedup_key: 'id:R_speakers000007', role_raw: 'Statushouder', role: 'refugee', origin: 'non_eu', stay: '3_5', stage: 'left', voice: 'user' },
      { dedup_key: 'id:R_speakers000008', role_raw: 'Software engineer', role: 'professional', origin: 'non_eu', stay: 'unknown', stage: 'before_arrival', voice: 'user' },
    ]);
    // their segments carry the same fields
    const segs = await store.all(`select distinct origin, role from segments where kind = 'survey' order by all`);
    expect(segs).toEqual([
      { origin: 'eu', role: 'student' }, { origin: 'eu', role: 'unknown' }, { origin: 'local', role: 'professional' },
      { origin: 'non_eu', role: 'partner' }, { origin: 'non_eu', role: 'professional' }, { origin: 'non_eu', role: 'refugee' },
      { origin: 'non_eu', role: 'researcher' }, { origin: 'non_eu', role: 'unknown' },
    ]);
  });

  it('maps the role answers of a file ingested after others (its own rows, numbered after theirs)', async () => {
    const later = await openStore(':memory:');
    try {
      for (const f of ['social-speakers.csv', 'focus-group-speakers.md', 'qualtrics-speakers.csv']) {
        await ingestFile(later, `tests/fixtures/ingest/${f}`, { city: 'Havenstad' });
      }
      expect(await later.all(`select role_raw, role from documents where kind = 'survey' and role_raw in ('PhD candidate', 'Statushouder') order by role_raw`))
        .toEqual([{ role_raw: 'PhD candidate', role: 'researcher' }, { role_raw: 'Statushouder', role: 'refugee' }]);
    } finally {
      later.close();
    }
  });

  it('reads the fields from mapped columns of a generic CSV, in Dutch', async () => {
    const dutch = await openStore(':memory:');
    try {
      await inTransaction(dutch, async (c) => { await ensureCity(c, 'Havenstad', 'the Netherlands'); });
      const mapping = parseColumnMapping(JSON.parse(readFileSync('tests/fixtures/ingest/generic-speakers.mapping.json', 'utf8')));
      await ingestFile(dutch, 'tests/fixtures/ingest/generic-speakers.csv', { city: 'Havenstad', source: 'survey', mapping });
      expect(await dutch.all(`select dedup_key, role_raw, role, origin, stay, stage from documents order by id`)).toEqual([
        { dedup_key: 'id:g-01', role_raw: 'Promovendus', role: 'researcher', origin: 'non_eu', stay: 'lt1', stage: 'first_year' },
        { dedup_key: 'id:g-02', role_raw: "Zzp'er", role: 'entrepreneur', origin: 'eu', stay: '3_5', stage: 'settled' },
        { dedup_key: 'id:g-03', role_raw: 'Gepensioneerd', role: 'other', origin: 'local', stay: 'born_here', stage: 'unknown' },
      ]);
    } finally {
      dutch.close();
    }
  });

  it('reads each focus-group speaker\'s origin from the country in their label', async () => {
    const rows = await store.all(`select distinct speaker, origin, role, stay from segments where kind = 'focus-group' and not moderator order by speaker`);
    expect(rows).toEqual([
      { speaker: 'P1', origin: 'non_eu', role: 'student', stay: 'unknown' },
      { speaker: 'P2', origin: 'eu', role: 'researcher', stay: 'unknown' },
      { speaker: 'P3', origin: 'non_eu', role: 'professional', stay: '1_2' },
      { speaker: 'P4', origin: 'local', role: 'unknown', stay: 'born_here' },
    ]);
  });

  it('gives the official handle the official voice, the university the partner voice, everyone else the user voice', async () => {
    const rows = await store.all(`select dedup_key, voice from documents where kind = 'social' order by id`);
    expect(rows).toEqual([
      { dedup_key: 'id:901', voice: 'official' }, { dedup_key: 'id:902', voice: 'user' },
      { dedup_key: 'id:903', voice: 'user' }, { dedup_key: 'id:904', voice: 'partner' },
    ]);
    expect(await store.all(`select voice, count(*)::INTEGER as n from segment_facts where kind = 'social' group by voice order by voice`))
      .toEqual([{ voice: 'official', n: 1 }, { voice: 'partner', n: 1 }, { voice: 'user', n: 3 }]);
  });
});
