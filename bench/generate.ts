/** Deterministic benchmark inputs in real export formats: X API v2 JSONL pages, a Qualtrics CSV and
 * focus-group transcripts. */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { drawOpinion, type Speaker } from '../data/demo/audience.ts';
import { CITIES } from '../data/demo/cities.ts';
import { createRng } from '../data/demo/rng.ts';
import { tweetText } from '../data/demo/tweet-text.ts';

/** Distinct post texts; posts cycle through them, so NLP cost is realistic and generation cheap. */
const POOL_SIZE = 20_000;
const START = Date.UTC(2024, 11, 1);
const SPAN = 730 * 86_400_000;

/** A pool of realistic post texts written by the demo generator's phrase pools (seeded). */
export function postTexts(seed = 7, size = POOL_SIZE): string[] {
  const rng = createRng(seed);
  const groups: Speaker[] = ['resident', 'international', 'visitor'];
  const out: string[] = [];
  for (let i = 0; i < size; i++) {
    const city = CITIES[i % CITIES.length];
    const group = groups[i % 3];
    const date = START + Math.floor(rng.next() * SPAN);
    out.push(tweetText(rng, city, group, 'en', drawOpinion(rng, city.name, group, date), date));
  }
  return out;
}

async function write(out: WriteStream, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((r) => out.once("drain", () => r()));
}
const close = (out: WriteStream) => new Promise<void>((r) => out.end(r));

/** `posts` tweets as twarc-style X API v2 pages of 100 (one JSON page per line). */
export async function writeSocialJsonl(path: string, posts: number, texts = postTexts()): Promise<void> {
  const out = createWriteStream(path);
  for (let page = 0; page * 100 < posts; page++) {
    const data = [];
    const users = new Map<string, object>();
    for (let i = page * 100; i < Math.min(posts, page * 100 + 100); i++) {
      const author = String(1000 + ((i * 7919) % Math.max(50, Math.floor(posts / 20))));
      users.set(author, { id: author, username: `user${author}`, name: `User ${author}` });
      data.push({
        id: String(1_700_000_000_000_000 + i), text: texts[i % texts.length], author_id: author, lang: 'en',
        created_at: new Date(START + Math.floor((i / posts) * SPAN)).toISOString(),
        public_metrics: { retweet_count: i % 5, reply_count: i % 3, like_count: i % 17, quote_count: 0 },
      });
    }
    await write(out, JSON.stringify({ data, includes: { users: [...users.values()] }, meta: { result_count: data.length } }) + '\n');
  }
  await close(out);
}

const LIKERT = ['Strongly disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Strongly agree'];
const GROUP_ANSWERS = ['I live here (resident)', 'I moved here from abroad (international)', "I'm visiting"];
const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A Qualtrics CSV export (three header rows) of `responses` responses with two open answers each. */
export async function writeQualtricsCsv(path: string, responses: number, texts = postTexts(11)): Promise<void> {
  const out = createWriteStream(path);
  const cols = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate',
    'ResponseId', 'RecipientLastName', 'RecipientFirstName', 'RecipientEmail', 'ExternalReference', 'LocationLatitude',
    'LocationLongitude', 'DistributionChannel', 'UserLanguage', 'Q1', 'Q6_1', 'Q6_2', 'Q7', 'Q8_TEXT', 'Q9_TEXT'];
  const texts2 = ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished',
    'Recorded Date', 'Response ID', 'Recipient Last Name', 'Recipient First Name', 'Recipient Email', 'External Data Reference',
    'Location Latitude', 'Location Longitude', 'Distribution Channel', 'User Language', 'Which best describes you?',
    'How much do you agree? - I feel welcome', 'How much do you agree? - It is easy to find housing',
    'How likely are you to recommend the city as a place to live to a friend?',
    'What do you like most about the city?', 'What is the biggest challenge of living in the city?'];
  const ids = ['startDate', 'endDate', 'status', 'ipAddress', 'progress', 'duration', 'finished', 'recordedDate', '_recordId',
    'recipientLastName', 'recipientFirstName', 'recipientEmail', 'externalDataReference', 'locationLatitude', 'locationLongitude',
    'distributionChannel', 'userLanguage', 'QID1', 'QID6_1', 'QID6_2', 'QID7', 'QID8_TEXT', 'QID9_TEXT'];
  await write(out, cols.join(',') + '\n' + texts2.map(q).join(',') + '\n' + ids.map((id) => q(JSON.stringify({ ImportId: id }))).join(',') + '\n');
  for (let i = 0; i < responses; i++) {
    const d = new Date(START + Math.floor((i / responses) * SPAN)).toISOString().replace('T', ' ').slice(0, 19);
    const row = [d, d, 'IP Address', `10.0.${i % 250}.${i % 200}`, '100', String(60 + (i % 500)), '1', d, `R_bench${i}`, '', '', '', '',
      '52.1', '5.1', 'anonymous', 'EN', GROUP_ANSWERS[i % 3], LIKERT[i % 5], LIKERT[(i * 3) % 5], String(i % 11),
      texts[i % texts.length], texts[(i * 7 + 3) % texts.length]];
    await write(out, row.map((v) => (/[",\n]/.test(v) ? q(v) : v)).join(',') + '\n');
  }
  await close(out);
}

const PARTICIPANTS = [
  'international, 29, F, student', 'resident, 52, M, professional', 'international, 34, M, professional',
  'resident, 23, F, student', 'international, 41, F, accompanying partner', 'resident, 67, M, retired',
];

/**
 * `sessions` focus-group transcripts (Markdown, one session a file, as the demo's) of `turns`
 * participant turns each, the moderator asking every tenth turn; participants say post texts.
 */
export function writeFocusGroups(dir: string, sessions: number, turns: number, texts = postTexts(13)): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let s = 0; s < sessions; s++) {
    const date = new Date(START + Math.floor((s / sessions) * SPAN)).toISOString().slice(0, 10);
    const lines = [`# Focus group ${s + 1}, Bench`, '', `Date: ${date}`, 'City: Bench', 'Group: mixed', `Participants: ${PARTICIPANTS.length}`, ''];
    for (let t = 0; t < turns; t++) {
      if (t % 10 === 0) lines.push('Moderator: What stands out for you about living here?');
      const p = (s + t) % PARTICIPANTS.length;
      lines.push(`P${p + 1} (${PARTICIPANTS[p]}): ${texts[(s * turns + t) % texts.length]}`);
    }
    const file = join(dir, `session-${String(s + 1).padStart(4, '0')}.md`);
    writeFileSync(file, lines.join('\n') + '\n');
    files.push(file);
  }
  return files;
}
