/** Sentence segments with exact character offsets, from wink's sentences plus CJK full stops. */
import type { Token } from './tokens.ts';

/** A segment: [start, end) in the part text and its tokens [first, last] (last < first when none). */
export type Segment = { start: number; end: number; first: number; last: number };

// wink's English model sees unspaced Japanese/Chinese as one token; split at their stops too.
const CJK_STOP = /[。！？]+/g;

/** Segments of a part from wink sentence spans, trimmed of whitespace; never empty. */
export function segmentsOf(text: string, tokens: Token[], spans: [number, number][]): Segment[] {
  const ranges: [number, number][] = [];
  for (const [a, b] of spans) {
    if (a > b || !tokens[a] || !tokens[b]) continue;
    const start = tokens[a].start;
    const end = tokens[b].end;
    for (const r of splitCjk(text, start, end)) ranges.push(r);
  }
  const out: Segment[] = [];
  let t = 0;
  for (const [rawStart, rawEnd] of ranges) {
    let start = rawStart;
    let end = rawEnd;
    while (start < end && /\s/.test(text[start])) start += 1;
    while (end > start && /\s/.test(text[end - 1])) end -= 1;
    if (end <= start) continue;
    while (t < tokens.length && tokens[t].end <= start) t += 1;
    const first = t;
    while (t < tokens.length && tokens[t].start < end) t += 1;
    out.push({ start, end, first, last: t - 1 });
  }
  return mergeQuestionAnswers(out, text, tokens);
}

// A short question and the short answer after it are one judgement ("Welcoming? Not at all."):
// apart, the question reads as praise of the word it names and the answer as nothing.
const QUESTION_WORDS = 6;
const ANSWER_WORDS = 8;

function wordCount(s: Segment, tokens: Token[]): number {
  let n = 0;
  for (let i = s.first; i <= s.last; i += 1) if (tokens[i].type !== 'punctuation') n += 1;
  return n;
}

/** Joins each short question segment with the short segment that answers it. */
function mergeQuestionAnswers(segments: Segment[], text: string, tokens: Token[]): Segment[] {
  const out: Segment[] = [];
  for (let k = 0; k < segments.length; k += 1) {
    const q = segments[k];
    const a = segments[k + 1];
    const isQuestion = text[q.end - 1] === '?' && wordCount(q, tokens) <= QUESTION_WORDS;
    if (a && isQuestion && text[a.end - 1] !== '?' && wordCount(a, tokens) <= ANSWER_WORDS && !/\n\s*\n/.test(text.slice(q.end, a.start))) {
      out.push({ start: q.start, end: a.end, first: q.first, last: a.last });
      k += 1;
    } else out.push(q);
  }
  return out;
}

function splitCjk(text: string, start: number, end: number): [number, number][] {
  const slice = text.slice(start, end);
  if (!/[。！？]/.test(slice)) return [[start, end]];
  const out: [number, number][] = [];
  let from = 0;
  for (const m of slice.matchAll(CJK_STOP)) {
    const to = (m.index ?? 0) + m[0].length;
    out.push([start + from, start + to]);
    from = to;
  }
  if (from < slice.length) out.push([start + from, end]);
  return out;
}
