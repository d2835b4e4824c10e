/** The labelled corpus (data/corpus): reading its JSON lines, and the frozen train/test split. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { THEME_IDS, LABELS } from '../../../data/types.ts';
import { FNV_SEED, fnv } from './hash.ts';

export const CORPUS_DIR = new URL('../../../data/corpus/', import.meta.url);

/** One labelled text. */
export type LabelledText = { id: string; lang: string; register?: string; text: string; sentiment: string; themes: string[]; case?: string; source?: string };

/** Reads one JSON-lines file; throws naming the line when a record breaks the format. */
export function readJsonl(path: URL): LabelledText[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: LabelledText[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const o = JSON.parse(line) as LabelledText;
    const where = `${path.pathname.split('/').slice(-2).join('/')} line ${i + 1}`;
    if (!o.id || typeof o.text !== 'string' || !o.lang) throw new Error(`${where}: id, lang and text are required`);
    if (!(LABELS as readonly string[]).includes(o.sentiment)) throw new Error(`${where}: unknown sentiment "${o.sentiment}"`);
    for (const t of o.themes ?? []) if (!(THEME_IDS as readonly string[]).includes(t)) throw new Error(`${where}: unknown theme "${t}"`);
    out.push({ ...o, themes: o.themes ?? [] });
  });
  return out;
}

/** Every file of one split ('train' or 'test'), or of 'raw'. */
export function readSplit(split: 'train' | 'test' | 'raw'): LabelledText[] {
  const dir = new URL(`${split}/`, CORPUS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readJsonl(new URL(f, dir)));
}

/** Raw files whose texts are not trained on (data/corpus/held-back.json says why); their test quarter is tested as usual. */
export function heldBackFiles(): string[] {
  const path = new URL('held-back.json', CORPUS_DIR);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { files: string[] }).files : [];
}

/** True when a text belongs to the frozen test split: a fixed hash of its id, about 1 in 4. */
export function isTestId(id: string): boolean {
  return fnv(FNV_SEED, `split|${id}`) % 4 === 0;
}

/** The text with case, spacing and punctuation removed, to find the same text twice. */
export function textKey(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
