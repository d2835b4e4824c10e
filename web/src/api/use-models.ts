/** The learned models and readers' corrections: `/api/accuracy`, `/api/models`, retrain, activate, correct. */
import type { AccuracyResponse, CorrectionResponse, Label, ModelJobView, ModelsResponse } from '../../../data/types.ts';
import { fetchJson, sendJson } from './fetch-json.ts';
import { useResource, type Resource } from './use-resource.ts';

/** The active model's agreement with readers, per language. */
export function useAccuracy(): Resource<AccuracyResponse> {
  return useResource<AccuracyResponse>('/api/accuracy');
}

/** The shipped model, the installation's versions and the job running, if any. */
export function useModels(): Resource<ModelsResponse> {
  return useResource<ModelsResponse>('/api/models');
}

/** What a correction answers. */
export type CorrectionAnswer = CorrectionResponse;

/** Stores a reader's sentiment and themes for one segment; every figure follows at once. */
export function correctSegment(id: number, body: { sentiment: Label; themes: string[] }): Promise<CorrectionAnswer> {
  return sendJson<CorrectionAnswer>(`/api/segments/${id}/correction`, { method: 'POST', json: body });
}

/** Starts a retrain with the installation's corrections (the new version is activated). */
export function startRetrain(): Promise<{ job: ModelJobView }> {
  return sendJson<{ job: ModelJobView }>('/api/models/retrain', { method: 'POST', json: { activate: true } });
}

/** Activates a version (0 = the shipped model), re-annotating every segment. */
export function startActivate(version: number): Promise<{ job: ModelJobView }> {
  return sendJson<{ job: ModelJobView }>(`/api/models/${version}/activate`, { method: 'POST', json: {} });
}

/** Polls a model job until it ends; `onPhase` hears what it is doing. */
export async function waitForJob(id: string, onPhase: (job: ModelJobView) => void): Promise<ModelJobView> {
  for (;;) {
    const { job } = await fetchJson<{ job: ModelJobView }>(`/api/models/jobs/${id}`);
    onPhase(job);
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 700));
  }
}
