/**
 * THE evidence contract: any chart element calls `openEvidence(filter, label)` and the drawer
 * opens with the quotes behind it (count = the figure's n). State lives in the URL (`ev`).
 */
import { navigate } from '../router/location.ts';
import { readEvidence, withEvidence, type EvidenceFilter } from './ev-param.ts';

export type { EvidenceFilter } from './ev-param.ts';

// The element that had focus when the drawer opened, so closing it puts the reader back there.
let returnFocus: HTMLElement | null = null;

/** Opens the evidence drawer on the quotes matching `filter` merged over the page's URL filters. */
export function openEvidence(filter: EvidenceFilter, label: string): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && !active.closest('.evidence-drawer')) returnFocus = active;
  navigate(window.location.pathname + withEvidence(window.location.search, { filter, label }));
}

/** Closes the drawer (a new history entry, so Back reopens it) and restores focus. */
export function closeEvidence(): void {
  if (!readEvidence(window.location.search)) return;
  navigate(window.location.pathname + withEvidence(window.location.search, null));
  const target = returnFocus && returnFocus.isConnected ? returnFocus : document.getElementById('main');
  returnFocus = null;
  // After the re-render that removes the drawer.
  requestAnimationFrame(() => target?.focus({ preventScroll: true }));
}
