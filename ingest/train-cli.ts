/** `npm run train`: builds the learned sentiment and theme models from the labelled corpus into data/models/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createAnalyzer } from './analysis/index.ts';
import { saveModels } from './analysis/learned/model-file.ts';
import { crossValidate, featurize, trainFromFeatures } from './analysis/learned/train.ts';
import { trainingTexts } from './analysis/learned/training-set.ts';

const OUT = new URL('../data/models/', import.meta.url);

const started = Date.now();
const texts = trainingTexts();
const analyzer = createAnalyzer({ models: null });
const rows = featurize(texts, analyzer);
const counts: Record<string, number> = {};
for (const t of texts) counts[`${t.source ?? 'corpus'}:${t.lang}`] = (counts[`${t.source ?? 'corpus'}:${t.lang}`] ?? 0) + 1;
const cv = process.argv.includes('--no-cv') ? null : crossValidate(rows);
const models = trainFromFeatures(rows, { trainedOn: counts, crossValidated: cv });
mkdirSync(OUT, { recursive: true });
saveModels(new URL('brandgap.bin', OUT), models);
writeFileSync(new URL('manifest.json', OUT), JSON.stringify({ version: models.version, languages: models.languages, trainedOn: counts, crossValidated: cv }, null, 1) + '\n');
console.log(`trained ${models.version} on ${texts.length} texts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(JSON.stringify(counts));
if (cv) for (const [lang, a] of Object.entries(cv)) console.log(`${lang}  n=${a.n}  acc=${a.accuracy.toFixed(3)}  macroF1=${a.macroF1.toFixed(3)}  reversals=${(a.reversals * 100).toFixed(1)}%  themes=${a.themesMicroF1?.toFixed(3)}`);
