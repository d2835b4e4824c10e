/**
 * `npm run corpus:split`: writes data/corpus/{train,test}/<lang>.jsonl from data/corpus/raw.
 * The test split is chosen by a hash of each id (corpus.ts isTestId), so it never changes for a
 * text once written and is committed before anything is trained on the texts; a train text whose
 * words repeat a test text is left out of training, and so is a text of a held-back file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { CORPUS_DIR, heldBackFiles, isTestId, readJsonl, readSplit, textKey, type LabelledText } from '../ingest/analysis/learned/corpus.ts';

const raw = readSplit('raw');
// held-back files (data/corpus/held-back.json) give the test split their quarter but are not trained on
const heldBack = new Set(heldBackFiles().flatMap((f) => readJsonl(new URL(`raw/${f}`, CORPUS_DIR)).map((r) => r.id)));
const ids = new Set<string>();
for (const r of raw) {
  if (ids.has(r.id)) throw new Error(`duplicate id ${r.id}`);
  ids.add(r.id);
}
const test = raw.filter((r) => isTestId(r.id));
const testKeys = new Set(test.map((r) => textKey(r.text)));
const train = raw.filter((r) => !isTestId(r.id) && !testKeys.has(textKey(r.text)) && !heldBack.has(r.id));
const notTrained = raw.filter((r) => !isTestId(r.id) && heldBack.has(r.id)).length;
const dropped = raw.length - test.length - train.length - notTrained;

function write(split: 'train' | 'test', rows: LabelledText[]) {
  const dir = new URL(`${split}/`, CORPUS_DIR);
  mkdirSync(dir, { recursive: true });
  const byLang = new Map<string, LabelledText[]>();
  for (const r of rows) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
  for (const [lang, list] of byLang) {
    writeFileSync(new URL(`${lang}.jsonl`, dir), list.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  return [...byLang].map(([l, list]) => `${l} ${list.length}`).join(', ');
}

console.log(`test: ${write('test', test)}`);
console.log(`train: ${write('train', train)}`);
console.log(`left out of training as repeats of a test text: ${dropped}`);
console.log(`held back from training (data/corpus/held-back.json): ${notTrained}`);
