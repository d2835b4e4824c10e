/** The one wording of the spike verdict, for the Overview's alerts card and the Trends page. */
import type { SpikeSummary } from '../../../../data/types.ts';

const unit = (s: SpikeSummary, n: number) => `${s.interval}${n === 1 ? '' : 's'}`;

/** "2 months with a spike in negative talk", "No spike in negative talk…", or "Not enough history…". */
export function spikeHeadline(s: SpikeSummary): string {
  if (!s.enoughHistory) return 'Not enough history to spot spikes in negative talk yet';
  const n = s.spikePeriods.length;
  if (n === 0) return `No spike in negative talk: every ${s.interval} judged stayed within its usual range`;
  return `${n} ${unit(s, n)} with a spike in negative talk`;
}

/** Why there is no verdict, or how the verdict was reached. */
export function spikeNote(s: SpikeSummary): string {
  if (!s.enoughHistory) {
    return `A ${s.interval} is compared with at least ${s.needed - 1} ${s.interval}s before it; ` +
      `this view has ${s.periods} ${unit(s, s.periods)} with scored segments, so none can be judged yet.`;
  }
  return `A ${s.interval} is flagged when its negative share is more than ${s.k} standard deviations above the ` +
    `${s.baseline} ${s.interval}s before it (${s.judged} of ${s.periods} ${unit(s, s.periods)} had enough history to judge).`;
}
