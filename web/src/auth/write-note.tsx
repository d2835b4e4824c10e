/** The note beside switched-off write controls: the demo, a viewer, or still checking. */
import { useMe, writeBlock } from './use-me.ts';

/** Why uploads and edits are off, or nothing when this user may write. */
export function WriteNote({ reason }: { reason: string | null }) {
  if (!reason) return null;
  return (
    <p class="write-note" role="note" data-write-note>
      <b>Read-only.</b> {reason}
    </p>
  );
}

/** Whether the current user may write, and if not, why (null while the answer is loading counts as "not yet"). */
export function useWriteAccess(): { allowed: boolean; reason: string | null } {
  const me = useMe();
  if (me.status === 'error') return { allowed: false, reason: `Could not check your account: ${me.error.message}` };
  const reason = writeBlock(me.data);
  return { allowed: reason === null, reason };
}
