/**
 * A worker of the read+analysis measure: the same part of the file a staging worker takes (the
 * same reader, split and analyzer; an NDJSON part reads only its lines), read and analysed, nothing written.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { annotateDoc } from '../ingest/annotate-doc.ts';
import { makePseudonymizer } from '../ingest/hash.ts';
import { openReader } from '../ingest/readers/index.ts';
import { PartCities } from '../ingest/stage/part-cities.ts';
import type { PartSpec } from '../ingest/stage/part.ts';
import { RangeSplit } from '../ingest/stage/split.ts';

const spec = workerData.spec as PartSpec;
const part = spec.parts > 1 ? { part: spec.part, parts: spec.parts } : undefined;
const session = await openReader(spec.path, { ...spec.read, limits: spec.limits, pseudonymize: makePseudonymizer(spec.pseudonymKey), part });
const kind = spec.kind ?? session.source;
const cities = new PartCities(spec);
const split = new RangeSplit(spec.parts);
let ordinal = 0;
let analysed = 0;
for await (const doc of session.docs) {
  ordinal++;
  if (!session.ranged()) {
    const { bytes, total } = session.progress();
    const owner = split.owner(bytes, total);
    if (owner < spec.part) continue;
    if (owner > spec.part) break;
  }
  const city = await cities.get(doc.city?.trim() || spec.read.city!, ordinal);
  annotateDoc(doc, kind, city.analyzer, spec.defaultGroup);
  analysed++;
}
parentPort!.postMessage({ records: analysed });
