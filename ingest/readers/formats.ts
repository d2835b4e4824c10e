/** The format registry: format name → reader, plus the short names `--format` accepts. */
import { readDocx, readPdf } from './documents.ts';
import { readFacebook } from './facebook.ts';
import { readGenericCsv } from './generic-table.ts';
import { readMastodon } from './mastodon.ts';
import { readBrandFile, readFocusGroupText } from './notes.ts';
import { readQualtrics } from './qualtrics.ts';
import { readPushshift, readReddit } from './reddit.ts';
import type { FormatReader } from './session.ts';
import { readSocialCsv, readSocialJson } from './social-generic.ts';
import { readGoogleForms, readLimeSurvey, readSurveyMonkeyCsv, readXlsx } from './survey-tables.ts';
import { readTranscript } from './transcripts.ts';
import { readXApi } from './x-api.ts';

/** Every format name → its reader. */
export const READERS: Record<string, FormatReader> = {
  // surveys
  'qualtrics-csv': readQualtrics,
  'qualtrics-tsv': readQualtrics,
  'qualtrics-legacy-csv': readQualtrics,
  'qualtrics-xlsx': readXlsx,
  'surveymonkey-csv': readSurveyMonkeyCsv,
  'surveymonkey-xlsx': readXlsx,
  'google-forms-csv': readGoogleForms,
  'limesurvey-csv': readLimeSurvey,
  'generic-csv': readGenericCsv,
  'generic-xlsx': readXlsx,
  xlsx: readXlsx,
  // focus groups and interviews
  'focus-group-text': readFocusGroupText,
  'focus-group-markdown': readFocusGroupText,
  'focus-group-docx': readDocx,
  webvtt: readTranscript,
  srt: readTranscript,
  docx: readDocx,
  // social
  'x-api-v2': readXApi,
  'reddit-json': readReddit,
  'pushshift-ndjson': readPushshift,
  'mastodon-json': readMastodon,
  'facebook-json': readFacebook,
  'social-csv': readSocialCsv,
  'social-json': readSocialJson,
  'social-ndjson': readSocialJson,
  // brand
  'brand-text': readBrandFile,
  'brand-markdown': readBrandFile,
  'brand-docx': readDocx,
  'brand-pdf': readPdf,
};

/** Short names for `--format`. */
const ALIASES: Record<string, string> = {
  qualtrics: 'qualtrics-csv', 'qualtrics-legacy': 'qualtrics-legacy-csv', surveymonkey: 'surveymonkey-csv',
  'google-forms': 'google-forms-csv', limesurvey: 'limesurvey-csv', csv: 'generic-csv', generic: 'generic-csv',
  'focus-group': 'focus-group-text', interview: 'focus-group-text', vtt: 'webvtt', zoom: 'webvtt', teams: 'webvtt',
  x: 'x-api-v2', twitter: 'x-api-v2', twarc: 'x-api-v2', reddit: 'reddit-json', pushshift: 'pushshift-ndjson',
  mastodon: 'mastodon-json', facebook: 'facebook-json', social: 'social-csv', json: 'social-json', ndjson: 'social-ndjson', jsonl: 'social-ndjson',
  brand: 'brand-text', text: 'brand-text', markdown: 'brand-markdown', pdf: 'brand-pdf',
};

/** Resolves a `--format` value to a registered format name, or null. */
export function resolveFormat(name: string): string | null {
  const key = name.trim().toLowerCase();
  if (READERS[key]) return key;
  const alias = ALIASES[key];
  return alias && READERS[alias] ? alias : null;
}

/** Every format name a user may pass. */
export function formatNames(): string[] {
  return [...Object.keys(READERS), ...Object.keys(ALIASES).filter((a) => READERS[ALIASES[a]])].sort();
}
