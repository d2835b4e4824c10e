/** The sign-in screen (`/login`): name and password, then back to the page that asked for it. */
import { useState } from 'preact/hooks';
import { ApiRequestError, sendJson } from '../../api/fetch-json.ts';
import { useHealth } from '../../api/use-health.ts';
import { safeNext, setCsrf } from '../../auth/session-state.ts';
import './login.css';

type LoginAnswer = { user: { name: string; role: string }; csrfToken: string; csrfHeader: string };

/** A standalone screen: no header or navigation, since nothing else can load before signing in. */
export function LoginPage({ search }: { search: string }) {
  const health = useHealth();
  const next = safeNext(new URLSearchParams(search).get('next'));
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await sendJson<LoginAnswer>('/api/auth/login', { method: 'POST', json: { name: name.trim(), password } });
      setCsrf(r.csrfHeader, r.csrfToken);
      // A full load, so every view fetches again with the new session cookie.
      window.location.assign(next);
    } catch (err) {
      setError(err instanceof ApiRequestError && err.status === 401 ? 'Wrong name or password.' : (err as Error).message);
      setBusy(false);
    }
  };

  return (
    <main class="login-screen" id="main">
      <form class="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title" class="login-title">
          brand<b>gap</b> · Sign in
        </h1>
        {health.data?.demo ? (
          <p>
            This is the read-only demo: it needs no login. <a href={next}>Go to the dashboard</a>.
          </p>
        ) : (
          <>
            <label class="field">
              <span>Name</span>
              <input name="name" autoComplete="username" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
            </label>
            <label class="field">
              <span>Password</span>
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onInput={(e) => setPassword(e.currentTarget.value)}
              />
            </label>
            {error && (
              <p class="form-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" class="button primary" disabled={busy || !name || !password}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
            <p class="muted small">Accounts are created by an admin with <code>npm run user -- add NAME</code>.</p>
          </>
        )}
      </form>
    </main>
  );
}
