/**
 * The learned models as one binary file: a JSON header (version, dimensions, labels, training
 * figures) and each weight matrix as 16-bit integers with one scale per matrix. 16 bits keep
 * every prediction of the float weights on the evaluation sets (checked in tests) at half the size.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { LinearModel } from './linear.ts';
import { decodeSeen, encodeSeen, type BackoffSettings } from './backoff.ts';

/** Everything the analyzer needs of a trained model set. */
export type LearnedModels = {
  version: string;
  /** The languages the models were trained on; others keep the lexicon scorer. */
  languages: string[];
  sentimentLabels: string[];
  sentiment: LinearModel;
  themeIds: string[];
  themes: LinearModel;
  /** A theme is assigned when its probability reaches this. */
  themeThreshold: number;
  /** When no theme reaches the threshold, the likeliest is assigned if it reaches this. */
  themeFallback?: number;
  /** A part (text) none of whose sentences got a theme gets its likeliest sentence's likeliest theme when that reaches this bar. */
  themeTextFallback?: number;
  /** Training figures kept with the weights (corpus sizes, cross-validated agreement). */
  meta: Record<string, unknown>;
  /** The word unigrams seen in training (backoff.ts) and how far an unseen text backs off to the lexicon. */
  seen?: Uint32Array;
  backoff?: BackoffSettings;
  /** Words only one language's training texts use (language-words.ts), for short texts eld cannot settle. */
  languageWords?: Record<string, string[]>;
};

type Header = Omit<LearnedModels, 'sentiment' | 'themes' | 'seen'> & {
  seenWords?: string;
  matrices: { name: 'sentiment' | 'themes'; dim: number; classes: number; scale: number; nonzero: number }[];
};

const MAGIC = 'BGM1';

/** Serialises models: only rows with a nonzero weight are written (index, then weights). */
export function encodeModels(m: LearnedModels): Buffer {
  const parts: Buffer[] = [];
  const matrices: Header['matrices'] = [];
  for (const name of ['sentiment', 'themes'] as const) {
    const lm = m[name];
    let max = 0;
    for (const x of lm.weights) if (Math.abs(x) > max) max = Math.abs(x);
    const scale = max / 32767 || 1;
    const rows: number[] = [];
    for (let r = 0; r < lm.dim; r += 1) {
      for (let c = 0; c < lm.classes; c += 1) {
        if (Math.round(lm.weights[r * lm.classes + c] / scale) !== 0) { rows.push(r); break; }
      }
    }
    const index = new Uint32Array(rows);
    const values = new Int16Array(rows.length * lm.classes);
    rows.forEach((r, k) => {
      for (let c = 0; c < lm.classes; c += 1) values[k * lm.classes + c] = Math.round(lm.weights[r * lm.classes + c] / scale);
    });
    parts.push(Buffer.from(index.buffer), Buffer.from(values.buffer), Buffer.alloc((4 - (values.byteLength % 4)) % 4));
    matrices.push({ name, dim: lm.dim, classes: lm.classes, scale, nonzero: rows.length });
  }
  const { sentiment: _s, themes: _t, seen, ...rest } = m;
  const header: Header = { ...rest, ...(seen ? { seenWords: encodeSeen(seen) } : {}), matrices };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  // pad the header so the typed arrays that follow start 4-byte aligned
  const pad = Buffer.alloc((4 - ((MAGIC.length + 4 + json.length) % 4)) % 4, 32);
  return Buffer.concat([Buffer.from(MAGIC), len, json, pad, ...parts]);
}

/** Reads what encodeModels wrote; throws on a file of another kind. */
export function decodeModels(buf: Buffer): LearnedModels {
  if (buf.subarray(0, 4).toString('latin1') !== MAGIC) throw new Error('not a brandgap model file');
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.subarray(8, 8 + len).toString('utf8')) as Header;
  let offset = 8 + len;
  offset += (4 - (offset % 4)) % 4;
  const out: Partial<Record<'sentiment' | 'themes', LinearModel>> = {};
  for (const mx of header.matrices) {
    const index = new Uint32Array(buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + mx.nonzero * 4));
    offset += mx.nonzero * 4;
    const values = new Int16Array(buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + mx.nonzero * mx.classes * 2));
    offset += mx.nonzero * mx.classes * 2;
    offset += (4 - (offset % 4)) % 4;
    const weights = new Float32Array(mx.dim * mx.classes);
    for (let k = 0; k < index.length; k += 1) {
      for (let c = 0; c < mx.classes; c += 1) weights[index[k] * mx.classes + c] = values[k * mx.classes + c] * mx.scale;
    }
    out[mx.name] = { dim: mx.dim, classes: mx.classes, weights };
  }
  const { matrices: _m, seenWords, ...rest } = header;
  return { ...rest, ...(seenWords ? { seen: decodeSeen(seenWords) } : {}), sentiment: out.sentiment as LinearModel, themes: out.themes as LinearModel };
}

/** Writes models to a file. */
export function saveModels(path: string | URL, m: LearnedModels): void {
  writeFileSync(path, encodeModels(m));
}

/** Reads models from a file. */
export function loadModels(path: string | URL): LearnedModels {
  return decodeModels(readFileSync(path));
}
