import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../ingest/readers/index.ts';
import { FIXTURES, PUBLIC } from './read-all.ts';

const head = (path: string) => readFileSync(path).subarray(0, 65536);

describe('detectFormat', () => {
  it.each([
    ['qualtrics/sample.csv', 'qualtrics-csv'],
    ['qualtrics/sample_legacy.csv', 'qualtrics-legacy-csv'],
    ['surveymonkey/StarWars.csv', 'surveymonkey-csv'],
    ['google-forms/DS-4002-sp24-survey-results.csv', 'google-forms-csv'],
    ['x-api-v2/brexit.jsonl', 'x-api-v2'],
    ['mastodon/tag_timeline.json', 'mastodon-json'],
    ['reddit/comments.json', 'reddit-json'],
    ['zoom/GMT20240124-202901_Recording.transcript.vtt', 'webvtt'],
  ])('recognises the real sample %s as %s', (file, format) => {
    expect(detectFormat(head(resolve(PUBLIC, file)), file)).toBe(format);
  });

  it.each([
    ['qualtrics-demo.csv', 'qualtrics-csv'],
    ['qualtrics-demo.tsv', 'qualtrics-tsv'],
    ['limesurvey-results.csv', 'limesurvey-csv'],
    ['google-forms-nl.csv', 'google-forms-csv'],
    ['social-posts.csv', 'social-csv'],
    ['social-posts.ndjson', 'social-ndjson'],
    ['x-api-small.jsonl', 'x-api-v2'],
    ['focus-group-demo.md', 'focus-group-markdown'],
    ['brand-demo.md', 'brand-markdown'],
    ['brand-demo.txt', 'brand-text'],
    ['generic-survey.csv', 'generic-csv'],
    ['surveymonkey-export.xlsx', 'xlsx'],
  ])('recognises our fixture %s as %s', (file, format) => {
    expect(detectFormat(head(resolve(FIXTURES, file)), file)).toBe(format);
  });

  it('looks at content, not the extension', () => {
    const qualtrics = head(resolve(FIXTURES, 'qualtrics-demo.csv'));
    expect(detectFormat(qualtrics, 'export.txt')).toBe('qualtrics-csv');
    expect(detectFormat(Buffer.from('{"data":[{"id":"1","text":"hi"}],"meta":{}}\n'), 'tweets.txt')).toBe('x-api-v2');
  });

  it('returns null for binary data and empty input', () => {
    expect(detectFormat(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]), 'x.csv')).toBeNull();
    expect(detectFormat(Buffer.alloc(0), 'x.csv')).toBeNull();
  });
});
