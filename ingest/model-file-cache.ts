/** Models read from a file once per thread: the active installation model, passed as a path. */
import { loadModels, type LearnedModels } from './analysis/learned/model-file.ts';

const loaded = new Map<string, LearnedModels>();

/** The models in `path`, read once; undefined without a path (the analyzer then uses the shipped models). */
export function modelsFromFile(path: string | undefined): LearnedModels | undefined {
  if (!path) return undefined;
  let m = loaded.get(path);
  if (!m) {
    m = loadModels(path);
    // a long-running thread sees a new file after each activation: keep only the latest two
    if (loaded.size >= 2) loaded.delete(loaded.keys().next().value as string);
    loaded.set(path, m);
  }
  return m;
}
