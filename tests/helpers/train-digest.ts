/** Trains on a fixed slice of the training split in a fresh process and prints the model file's sha256. */
import { createHash } from 'node:crypto';
import { createAnalyzer } from '../../ingest/analysis/index.ts';
import { readSplit } from '../../ingest/analysis/learned/corpus.ts';
import { encodeModels } from '../../ingest/analysis/learned/model-file.ts';
import { featurize, trainFromFeatures } from '../../ingest/analysis/learned/train.ts';

const texts = readSplit('train').filter((_, i) => i % 12 === 0);
const models = trainFromFeatures(featurize(texts, createAnalyzer({ models: null })));
console.log(`${texts.length} ${models.version} ${createHash('sha256').update(encodeModels(models)).digest('hex')}`);
