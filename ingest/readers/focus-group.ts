/** Focus-group and interview notes (plain text, Markdown, DOCX text): one document per session. */
import type { RawDoc, RawPart, RawStimulus } from '../types.ts';
import type { Group } from '../../data/types.ts';
import { toIsoDate } from './dates.ts';
import { groupFromText } from './groups.ts';
import { matchStimulus } from './stimulus.ts';
import { matchTurn, turnPart } from './turns.ts';

export type SessionDefaults = { city?: string; group?: Group; pseudonymize: (h: string) => string };

const HEADER = /^\s*(?:[-*]\s+)?(?:\*\*)?(date|datum|city|stad|stadt|ville|città|group|groep|gruppe|groupe|gruppo|participants|deelnemers|teilnehmer|location|locatie|venue|language|taal|duration|session|topic)(?:\*\*)?\s*:(?:\*\*)?\s*(.*)$/i;
const KEY: Record<string, string> = {
  datum: 'date', stad: 'city', stadt: 'city', ville: 'city', 'città': 'city', groep: 'group', gruppe: 'group',
  groupe: 'group', gruppo: 'group', deelnemers: 'participants', teilnehmer: 'participants', locatie: 'location', taal: 'language',
};

const LANGUAGES: Record<string, string> = {
  english: 'en', engels: 'en', englisch: 'en', inglese: 'en', anglais: 'en', dutch: 'nl', nederlands: 'nl', niederländisch: 'nl',
  german: 'de', deutsch: 'de', duits: 'de', italian: 'it', italiano: 'it', french: 'fr', français: 'fr', frans: 'fr',
};

type Draft = {
  doc: RawDoc; current: RawPart | null; blank: boolean; turns: number; speakers: Map<string, Record<string, string>>;
  /** The last stimulus marker: the turns after it react to it (a new session starts without one). */
  stimulus?: RawStimulus;
};

/** Splits notes into sessions (a new `#` heading after turns starts one) of speaker turns. */
export function readSessions(text: string, opts: SessionDefaults): RawDoc[] {
  const sessions: RawDoc[] = [];
  let d = newDraft(opts);
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const line = raw.replace(/\s+$/, '');
    const heading = line.match(/^#\s+(.+)$/);
    if (heading && d.turns > 0) {
      sessions.push(d.doc);
      d = newDraft(opts);
    }
    if (heading) {
      d.doc.attrs.title ??= heading[1].trim();
      d.current = null;
      continue;
    }
    if (/^#{2,6}\s/.test(line) || /^(-{3,}|\*{3,}|_{3,})$/.test(line)) { d.current = null; continue; }
    if (line.trim() === '') { d.blank = true; continue; }
    const shown = matchStimulus(line);
    if (shown) { d.stimulus = shown; d.current = null; continue; }
    const header = d.turns === 0 ? HEADER.exec(line) : null;
    if (header) { applyHeader(d.doc, header[1], header[2].trim()); continue; }
    const turn = matchTurn(line);
    if (turn) {
      // Attributes given once ("P1 (student, 29):") hold for the speaker's later turns too.
      if (turn.attrs) d.speakers.set(turn.speaker, turn.attrs);
      else turn.attrs = d.speakers.get(turn.speaker);
      d.current = turnPart(turn, turn.text, opts.pseudonymize);
      if (d.stimulus) d.current.stimulus = d.stimulus;
      d.doc.parts.push(d.current);
      d.turns++;
    } else if (d.turns === 0 && d.doc.attrs.title === undefined) {
      d.doc.attrs.title = line.trim(); // a first plain line before any turn names the session
    } else if (d.current) {
      const joiner = d.current.text === '' ? '' : d.blank ? '\n' : ' ';
      d.current.text += joiner + line.trim();
    }
    d.blank = false;
  }
  if (d.turns > 0) sessions.push(d.doc);
  for (const s of sessions) s.parts = s.parts.filter((p) => p.text.trim() !== '');
  return sessions;
}

function newDraft(opts: SessionDefaults): Draft {
  const doc: RawDoc = { externalId: null, attrs: {}, parts: [] };
  if (opts.city) doc.city = opts.city;
  doc.group = opts.group ?? 'unknown';
  return { doc, current: null, blank: false, turns: 0, speakers: new Map() };
}

function applyHeader(doc: RawDoc, rawKey: string, value: string): void {
  const key = KEY[rawKey.toLowerCase()] ?? rawKey.toLowerCase();
  if (!value) return;
  if (key === 'date') {
    const date = toIsoDate(value, true);
    if (date) doc.date = date;
    else doc.attrs.date = value;
  } else if (key === 'city') {
    doc.city = value;
  } else if (key === 'group') {
    doc.group = groupFromText(value) ?? 'unknown';
    doc.attrs.groupComposition = value;
  } else if (key === 'participants') {
    doc.attrs.participants = value;
    const n = value.match(/^\s*(\d+)/);
    if (n) doc.attrs.participantCount = Number(n[1]);
  } else if (key === 'language') {
    const code = LANGUAGES[value.toLowerCase()] ?? (/^[a-z]{2}$/i.test(value) ? value.toLowerCase() : undefined);
    if (code) doc.language = code;
    else doc.attrs.language = value;
  } else {
    doc.attrs[key] = value;
  }
}
