import type { Store } from '../../data/db/store.ts';
import { listMatches } from './known-dataset.ts';

/**
 * "Eventon", one resident survey answer per segment, an event on 2026-03-01. With window = 30 the
 * before window is [2026-01-30, 2026-03-01) and the after window [2026-03-01, 2026-03-31).
 *   before: 1–8 housing +, 9 culture_events − (2026-02-10), 10 culture_events − (2026-01-30, first day in)
 *   after:  11–18 housing − (11 on the event day itself), 19–24 culture_events +
 *   outside 30 days, inside 90: 31 housing − (2026-01-29), 32 culture_events + (2026-03-31)
 * On paper (Bonett–Price, p̃ = (pos+1)/(n+2), q̃ = (neg+1)/(n+2), hw = 196·√((p̃+q̃−(p̃−q̃)²)/(n+2))):
 *   before 8+ 2− of 10: N = 60.0; centre 50, hw = 196·√(0.75/12) = 49.0 → 1.0 to 99.0
 *   after  6+ 8− of 14: N = −14.3; centre −12.5, hw = 196·√(0.984375/16) = 48.616 → −61.1 to 36.1
 *   change −14.29 − 60 = −74.3; centre −62.5, hw = √(49.0² + 48.616²) = 69.025 → −131.5 to 6.5 (holds 0)
 *   housing only: 8+ of 8 → 100.0 (42.8 to 100), 8− of 8 → −100.0 (−100 to −42.8);
 *   change −200.0, centre −160, hw = √2·37.188 = 52.59 → −200 (clamped from −212.6) to −107.4: excludes 0
 *   window 90: before 8+ 3− of 11 → 45.5, after 7+ 8− of 15 → −6.7
 */
export async function loadEventon(store: Store): Promise<void> {
  const segs: [number, string, string, string][] = [
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((i): [number, string, string, string] => [i, `2026-02-0${i}`, 'positive', 'housing']),
    [9, '2026-02-10', 'negative', 'culture_events'], [10, '2026-01-30', 'negative', 'culture_events'],
    ...[11, 12, 13, 14, 15, 16, 17, 18].map((i): [number, string, string, string] => [i, `2026-03-${String(i - 10).padStart(2, '0')}`, 'negative', 'housing']),
    ...[19, 20, 21, 22, 23, 24].map((i): [number, string, string, string] => [i, `2026-03-${i}`, 'positive', 'culture_events']),
    [31, '2026-01-29', 'negative', 'housing'], [32, '2026-03-31', 'positive', 'culture_events'],
  ];
  await store.write(async (c) => {
    await c.run(`insert into cities (id, name) values (1, 'Eventon'), (2, 'Othertown')`);
    await c.run(`insert into sources (id, city_id, kind, format, file_name, file_hash) values (1, 1, 'survey', 'qualtrics-csv', 's.csv', 'h1')`);
    await c.run(`insert into documents (id, source_id, city_id, kind, dedup_key, grp, date, language, text) values
      ${segs.map(([id, date]) => `(${id}, 1, 1, 'survey', 'k${id}', 'resident', '${date}', 'en', 'd${id}')`).join(',\n')}`);
    await c.run(`insert into segments (id, document_id, city_id, kind, grp, date, position, start_offset, end_offset, text, moderator, language, sentiment, label) values
      ${segs.map(([id, date, label]) => `(${id}, ${id}, 1, 'survey', 'resident', '${date}', 0, 0, 1, 'segment ${id}', false, 'en', ${label === 'positive' ? 0.5 : -0.5}, '${label}')`).join(',\n')}`);
    await c.run(`insert into segment_themes (segment_id, theme, term, start_offset, end_offset) values ${segs.map(([id, , , theme]) => `(${id}, '${theme}', 'w', 0, 1)`).join(', ')}`);
    await listMatches(c);
  });
}

