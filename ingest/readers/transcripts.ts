/** Timed transcripts: WebVTT (Zoom `Name: text`, Teams `<v Name>…</v>`) and SRT. One session per file. */
import type { RawDoc, RawPart, RawStimulus } from '../types.ts';
import { reject } from './errors.ts';
import { wholeText, fromDocs } from './notes.ts';
import type { FormatReader, ReadOptions } from './session.ts';
import { decodeEntities } from './social-common.ts';
import { matchStimulus } from './stimulus.ts';
import { matchTurn, turnPart, type Turn } from './turns.ts';

const TIMING = /^\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s+-->\s+((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})/;

type Cue = { start: number; end: number; text: string; line: number };

function seconds(t: string): number {
  const parts = t.replace(',', '.').split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/** Splits a transcript into cues (blocks with a timing line), skipping headers, NOTE and STYLE blocks. */
export function parseCues(text: string): Cue[] {
  const cues: Cue[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const m = TIMING.exec(lines[i]);
    if (!m) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== ''; j++) body.push(lines[j]);
    cues.push({ start: seconds(m[1]), end: seconds(m[2]), text: body.join('\n'), line: i + 1 });
    i = j;
  }
  return cues;
}

/** The speaker of a cue (Teams voice tag, or a `Name:` prefix) and its text without tags. */
function cueTurn(raw: string): { turn: Turn | null; text: string } {
  const voice = raw.match(/^\s*<v(?:\.[\w.-]+)?\s+([^>]+)>/);
  const clean = (s: string) => decodeEntities(s.replace(/<[^>]*>/g, '')).replace(/\s*\n\s*/g, ' ').trim();
  if (voice) {
    const probe = matchTurn(`${voice[1].trim()}: x`);
    const name = voice[1].trim();
    const turn: Turn = probe ?? { speaker: name, moderator: false, text: '', named: true };
    return { turn, text: clean(raw.replace(/^\s*<v[^>]*>/, '').replace(/<\/v>/g, '')) };
  }
  const text = clean(raw.replace(/^\s*-\s+/, ''));
  const t = matchTurn(text);
  return t ? { turn: t, text: t.text } : { turn: null, text };
}

/** Consecutive cues of one speaker become one turn; cues without a speaker stay unattributed. */
export function cuesToParts(cues: Cue[], pseudonymize: (h: string) => string): RawPart[] {
  const parts: RawPart[] = [];
  let last: string | null | undefined;
  let stimulus: RawStimulus | undefined;
  for (const cue of cues) {
    // a cue "[Shown: S2 "Harbour poster"]" marks what the following turns react to
    const shown = matchStimulus(cue.text.replace(/<[^>]*>/g, '').replace(/\s*\n\s*/g, ' '));
    if (shown) { stimulus = shown; last = undefined; continue; }
    const { turn, text } = cueTurn(cue.text);
    // Sound annotations ("[laughter]", "(applause)", "♪") are nobody's words.
    if (!text || /^(\[[^\]]*\]|\([^)]*\)|[♪♫\s]+)$/.test(text)) continue;
    const who = turn?.speaker ?? null;
    if (parts.length > 0 && who === last) {
      parts[parts.length - 1].text += ' ' + text;
      continue;
    }
    const part: RawPart = turn ? turnPart(turn, text, pseudonymize) : { text };
    if (stimulus) part.stimulus = stimulus;
    parts.push(part);
    last = who;
  }
  return parts;
}

function sessionDoc(parts: RawPart[], cues: Cue[], fileName: string, opts: ReadOptions): RawDoc {
  const doc: RawDoc = { externalId: null, group: opts.group ?? 'unknown', attrs: { cues: cues.length }, parts };
  if (opts.city) doc.city = opts.city;
  if (cues.length) doc.attrs.durationSeconds = Math.round(cues[cues.length - 1].end);
  // Zoom names recordings after their start time: GMT20240124-202901.
  const zoom = fileName.match(/GMT(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})/);
  if (zoom) doc.date = `${zoom[1]}-${zoom[2]}-${zoom[3]}T${zoom[4]}:${zoom[5]}:${zoom[6]}Z`;
  return doc;
}

/** WebVTT or SRT transcript → one focus-group/interview session. */
export const readTranscript: FormatReader = async (ctx) => {
  const text = await wholeText(ctx);
  if (ctx.format === 'webvtt' && !/^\uFEFF?WEBVTT/.test(text.trimStart())) throw reject('line 1', 'not WebVTT: the file must start with "WEBVTT"');
  const cues = parseCues(text);
  if (cues.length === 0) throw reject('line 1', 'no cues: no "00:00:00.000 --> 00:00:01.000" timing line found');
  const parts = cuesToParts(cues, ctx.opts.pseudonymize);
  const docs = parts.length ? [sessionDoc(parts, cues, ctx.fileName, ctx.opts)] : [];
  return fromDocs(ctx.format, 'focus-group', docs);
};
