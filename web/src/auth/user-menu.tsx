/** The signed-in user in the header: name, role and "Sign out" (nothing in the demo). */
import { useState } from 'preact/hooks';
import { sendJson } from '../api/fetch-json.ts';
import { loginHref } from './session-state.ts';
import { useMe } from './use-me.ts';
import './user-menu.css';

/** Name and role of the current user with a sign-out button. */
export function UserMenu() {
  const me = useMe();
  const [busy, setBusy] = useState(false);
  if (me.status !== 'ready' || me.data.demo) return null;
  const { name, role } = me.data.user;
  const signOut = async () => {
    setBusy(true);
    try {
      await sendJson('/api/auth/logout', { method: 'POST' });
    } finally {
      // A full load drops every cached answer of the signed-out user.
      window.location.assign(loginHref('/'));
    }
  };
  return (
    <div class="user-menu" data-user={name}>
      <span class="user-name" title={`Signed in as ${name} (${role})`}>
        {name} <span class="user-role">{role}</span>
      </span>
      {me.data.via === 'session' && (
        <button type="button" class="tool" onClick={signOut} disabled={busy}>
          Sign out
        </button>
      )}
    </div>
  );
}
