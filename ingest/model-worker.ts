/**
 * The model thread: retraining with an installation's corrections, and relabelling stored
 * segments with a model. Both take seconds to minutes, so they never run on the server's event
 * loop (ingest/model-thread.ts starts this file through worker-boot.mjs and talks to it).
 */
import { parentPort } from 'node:worker_threads';
import { createAnalyzer, shippedLearnedModels, type Analyzer } from './analysis/index.ts';
import { readSplit } from './analysis/learned/corpus.ts';
import { FNV_SEED, fnv } from './analysis/learned/hash.ts';
import { decodeModels, encodeModels, type LearnedModels } from './analysis/learned/model-file.ts';
import { agreement, crossValidate, featurize, figures, trainFromFeatures, type Agreement, type TrainingText } from './analysis/learned/train.ts';
import { trainingTexts } from './analysis/learned/training-set.ts';
import { modelsFromFile } from './model-file-cache.ts';
import type { ModelRequest, ModelReply, RelabelledSegment, TrainResult } from './model-thread.ts';

/** The model a relabel or a comparison uses: weights, the shipped models, or the lexicon alone. */
function resolveModels(model: { file?: string; weights?: Uint8Array } | null): LearnedModels | null {
  if (model === null) return null;
  if (model.weights) return decodeModels(Buffer.from(model.weights));
  return modelsFromFile(model.file) ?? shippedLearnedModels();
}

/** Training texts: every base text, or a fixed subset of `max` of them (by a hash of each id). */
function baseTexts(max: number | undefined): TrainingText[] {
  const all = trainingTexts();
  if (!max || max >= all.length) return all;
  const keep = new Set(all.map((t) => t.id).sort((a, b) => fnv(FNV_SEED, a) - fnv(FNV_SEED, b)).slice(0, max));
  return all.filter((t) => keep.has(t.id));
}

/** Per-language agreement of a model (or of the lexicon alone, models null) with labelled texts. */
function agreementOf(models: LearnedModels | null, texts: TrainingText[], analyzer: Analyzer): Record<string, Agreement> {
  if (texts.length === 0) return {};
  if (models) return agreement(models, featurize(texts, analyzer));
  const out: Record<string, Agreement> = {};
  for (const lang of [...new Set(texts.map((t) => t.lang))].sort()) {
    const mine = texts.filter((t) => t.lang === lang);
    const read = mine.map((t) => analyzer.analyze(t.text, { language: t.lang }));
    out[lang] = figures(mine.map((t) => t.sentiment), read.map((a) => a.label ?? 'neutral'), mine.map((t) => t.themes), read.map((a) => a.themes));
  }
  return out;
}

function train(req: Extract<ModelRequest, { type: 'train' }>): TrainResult {
  const started = Date.now();
  const lexicon = createAnalyzer({ models: null });
  const base = baseTexts(req.maxTexts);
  const corrections: TrainingText[] = req.corrections.map((c) => ({ ...c, weight: 2, themesLabelled: true, source: 'correction' }));
  const baseRows = featurize(base, lexicon);
  const correctionRows = featurize(corrections, lexicon);
  const rows = [...baseRows, ...correctionRows];
  const models = trainFromFeatures(rows, { trainedOn: { base: base.length, corrections: corrections.length } });
  const previous = resolveModels(req.previous);
  const test = readSplit('test');
  return {
    weights: new Uint8Array(encodeModels(models)),
    modelId: models.version,
    texts: rows.length,
    figures: {
      crossValidated: { before: crossValidate(baseRows), after: crossValidate(rows) },
      corrections: { before: agreementOf(previous, corrections, lexicon), after: agreement(models, correctionRows) },
      testSplit: { before: agreementOf(previous, test, lexicon), after: agreement(models, featurize(test, lexicon)) },
      trainingTexts: rows.length,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    },
  };
}

const analyzers = new Map<string, Analyzer>();

function relabel(req: Extract<ModelRequest, { type: 'relabel' }>): RelabelledSegment[] {
  const key = JSON.stringify([req.model, req.themeTerms]);
  let analyzer = analyzers.get(key);
  if (!analyzer) {
    analyzers.clear();
    analyzers.set(key, (analyzer = createAnalyzer({ themeTerms: req.themeTerms, models: resolveModels(req.model) })));
  }
  return req.segments.map((s) => {
    // a stored segment is read alone, in the language it was stored with
    const a = analyzer.analyze(s.text, { language: s.language ?? undefined });
    const one = a.segments.length === 1 ? a.segments[0] : null;
    return {
      id: s.id,
      label: one ? one.label : a.label,
      sentiment: one ? one.sentiment : a.segments.length ? a.sentiment : null,
      contributions: JSON.stringify(a.segments.flatMap((x) => x.contributions)),
      themes: a.segments.flatMap((x) => x.themes),
    };
  });
}

parentPort!.on('message', (req: ModelRequest) => {
  try {
    const reply: ModelReply = req.type === 'train' ? { id: req.id, train: train(req) } : { id: req.id, relabel: relabel(req) };
    parentPort!.postMessage(reply);
  } catch (err) {
    parentPort!.postMessage({ id: req.id, error: (err as Error).stack ?? String(err) } satisfies ModelReply);
  }
});
