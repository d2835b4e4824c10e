/** Format detection from a file's first bytes (content first, the extension only as a tie-breaker). */
import { looksBinary, sniffEncoding, StreamDecoder } from './decode.ts';
import { headFieldCounts, sniffDelimiter } from './csv-rows.ts';
import { looksLikeTurns } from './turns.ts';

/** Decodes a head sample leniently (the cut may split a character). */
export function headText(head: Buffer): string {
  return new StreamDecoder(sniffEncoding(head)).write(head);
}

/** Names the format of a file from its first bytes and name, or null when it is not readable. */
export function detectFormat(head: Buffer, fileName: string): string | null {
  const ext = (fileName.match(/\.([a-z0-9]+)$/i)?.[1] ?? '').toLowerCase();
  if (head.length === 0) return null;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    if (ext === 'xlsx') return 'xlsx';
    if (ext === 'docx') return 'docx';
    return head.includes('xl/') ? 'xlsx' : head.includes('word/') ? 'docx' : null;
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'brand-pdf';
  const encoding = sniffEncoding(head);
  if (looksBinary(head, encoding)) return null;
  const text = headText(head).replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (/^WEBVTT/.test(trimmed)) return 'webvtt';
  if (/^\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s+-->/.test(trimmed)) return 'srt';
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return detectJson(trimmed, ext);
  const prose = ['md', 'markdown', 'txt', 'text'].includes(ext);
  if (['csv', 'tsv', 'tab'].includes(ext) || looksTabular(text)) {
    const csv = detectCsv(text);
    // A .txt that is really an export keeps its layout; only unknown tables stay prose.
    if (!prose || csv !== 'generic-csv') return csv;
  }
  const md = ext === 'md' || ext === 'markdown' || /^#{1,6} /m.test(text);
  return (looksLikeTurns(text) ? 'focus-group-' : 'brand-') + (md ? 'markdown' : 'text');
}

/** Most of the first lines split into the header's number of fields (≥ 2). */
function looksTabular(text: string): boolean {
  const counts = headFieldCounts(text.endsWith('\n') ? text : text + '\n', sniffDelimiter(text));
  const n = counts[0] ?? 0;
  if (n < 2) return false;
  if (counts.length === 1) return true;
  const same = counts.slice(1).filter((c) => c === n).length;
  return same / (counts.length - 1) >= 0.5;
}

function detectJson(text: string, ext: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0];
  let first: unknown = null;
  try {
    first = JSON.parse(firstLine);
  } catch {
    first = null;
  }
  const lineObject = first !== null && typeof first === 'object' && !Array.isArray(first);
  const multiLine = lineObject && /\n\s*\{/.test(text);
  const probe = lineObject ? JSON.stringify(first).slice(0, 4000) : text.slice(0, 8000);
  if (/"data"\s*:\s*\[/.test(probe) && /"(includes|meta)"\s*:/.test(probe)) return 'x-api-v2';
  if (/^\[?\s*\{\s*"kind"\s*:\s*"Listing"/.test(text) || /"kind"\s*:\s*"t[13]"/.test(probe)) {
    return lineObject && !/"kind"\s*:\s*"Listing"/.test(probe) ? 'pushshift-ndjson' : 'reddit-json';
  }
  if (/"subreddit"\s*:/.test(probe) && /"created_utc"\s*:/.test(probe)) return 'pushshift-ndjson';
  if (/"account"\s*:\s*\{/.test(probe) && /"content"\s*:/.test(probe)) return 'mastodon-json';
  if (/"(status_updates|comments)(_v2)?"\s*:/.test(probe) || (/"timestamp"\s*:/.test(probe) && /"post"\s*:/.test(probe))) {
    return 'facebook-json';
  }
  if (/"author_id"\s*:/.test(probe) && /"text"\s*:/.test(probe)) return 'x-api-v2';
  return multiLine || ext === 'ndjson' || ext === 'jsonl' ? 'social-ndjson' : 'social-json';
}

const SOCIAL_TEXT = /^(text|full_text|body|content|message|post|tweet|comment|selftext)$/i;
const SOCIAL_KEY = /^(id|id_str|post_id|tweet_id|author|username|user|screen_name|created_at|date|timestamp)$/i;

/** Formats whose source kind is only a guess from column names: the user says which kind it is. */
export const GUESSED_SOURCE_FORMATS = new Set(['social-csv']);

export type SourceGuess = { source: 'social'; reason: string };

/**
 * The guessed source kind of a generic table and why: a "Comment" and a "Date" column make a table
 * look like posts, but an Excel sheet of survey answers or feedback has the same columns.
 */
export function sourceGuess(head: Buffer, format: string): SourceGuess | null {
  if (!GUESSED_SOURCE_FORMATS.has(format)) return null;
  const text = headText(head).replace(/^\uFEFF/, '');
  const delimiter = sniffDelimiter(text);
  const header = text.split(/\r?\n/, 1)[0].split(delimiter).map((h) => h.replace(/^"|"$/g, '').trim());
  const textCol = header.find((h) => SOCIAL_TEXT.test(h));
  const keyCol = header.find((h) => SOCIAL_KEY.test(h));
  const cols = [textCol, keyCol].filter(Boolean).map((c) => `"${c}"`).join(' and ');
  return {
    source: 'social',
    reason: `a table with no known export layout; its ${cols} columns look like posts (text, then an id, author or date), but survey answers or comments gathered in a spreadsheet look the same`,
  };
}

function detectCsv(text: string): string {
  const delimiter = sniffDelimiter(text);
  const rows = text.split(/\r?\n/).slice(0, 4);
  const header = rows[0].split(delimiter).map((h) => h.replace(/^"|"$/g, '').trim());
  const has = (name: string) => header.some((h) => h.toLowerCase() === name.toLowerCase());
  if (/^V1$/.test(header[0]) && header[1] === 'V2') return 'qualtrics-legacy-csv';
  if (rows.some((r) => r.includes('{""ImportId""') || r.includes('{"ImportId"'))) {
    return delimiter === '\t' ? 'qualtrics-tsv' : 'qualtrics-csv';
  }
  if (has('ResponseId') && has('StartDate')) return delimiter === '\t' ? 'qualtrics-tsv' : 'qualtrics-csv';
  if (has('Respondent ID') || has('RespondentID') || has('Collector ID') || has('CollectorID')) return 'surveymonkey-csv';
  if (/^(Timestamp|Zeitstempel|Tijdstempel|Horodateur|Informazioni cronologiche|Marca temporal|Carimbo de data\/hora)$/i.test(header[0])) {
    return 'google-forms-csv';
  }
  if ((has('submitdate') && has('lastpage')) || header.some((h) => /^G\d+Q\d+(\[|$)/.test(h))) return 'limesurvey-csv';
  if (header.some((h) => SOCIAL_TEXT.test(h)) && header.some((h) => SOCIAL_KEY.test(h))) {
    return 'social-csv';
  }
  return 'generic-csv';
}
