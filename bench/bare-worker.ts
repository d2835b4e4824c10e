/** A worker of the bare NLP loop: wink readDoc + sentiment over its share of the texts, nothing else. */
import { parentPort, workerData } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
const { texts } = workerData as { texts: string[] };
const t0 = performance.now();
let sum = 0;
for (const t of texts) sum += nlp.readDoc(t).out(nlp.its.sentiment) as unknown as number;
parentPort!.postMessage({ ms: performance.now() - t0, n: texts.length, sum });
