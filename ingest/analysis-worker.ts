/** A worker thread of the analysis pool: annotates batches of raw documents. */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from './analysis/index.ts';
import { annotateDoc } from './annotate-doc.ts';
import { modelsFromFile } from './model-file-cache.ts';
import type { AnalysisRequest, AnalysisReply } from './analysis-pool.ts';

const analyzers = new Map<string, Analyzer>();

parentPort!.on('message', (req: AnalysisRequest) => {
  try {
    let analyzer = analyzers.get(req.valuesKey);
    if (!analyzer) analyzers.set(req.valuesKey, (analyzer = createAnalyzer({ values: req.values, themeTerms: req.themeTerms, models: modelsFromFile(req.modelFile) })));
    const docs = req.docs.map((d) => annotateDoc(d, req.kind, analyzer, req.defaultGroup));
    parentPort!.postMessage({ id: req.id, docs } satisfies AnalysisReply);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: (err as Error).stack ?? String(err) } satisfies AnalysisReply);
  }
});
