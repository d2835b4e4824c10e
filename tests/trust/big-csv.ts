/** Large generated social CSVs for the kill and concurrency tests. */
import { writeFileSync } from 'node:fs';

const WORDS = ['rent', 'tram', 'harbour', 'museum', 'friendly', 'expensive', 'rain', 'bikes', 'jobs', 'festival', 'queue', 'doctor', 'lovely', 'awful', 'parks'];

/** Writes `rows` distinct posts about `city` (ids from `firstId`), enough for many ingest batches. */
export function bigCsv(path: string, rows: number, city = 'Killton', firstId = 100_000): void {
  const lines = ['id,created_at,username,text,lang'];
  for (let i = 0; i < rows; i++) {
    const words = Array.from({ length: 12 }, (_, j) => WORDS[(i * 7 + j * 13 + (i >> 3)) % WORDS.length]);
    lines.push(`${firstId + i},2025-0${1 + (i % 9)}-1${i % 10}T10:00:00Z,user${i % 500},"The ${words.join(' ')} in ${city}. Post ${i} says the ${words[3]} is ${words[5]}.",en`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
}
