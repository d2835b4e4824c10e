import { Hono } from 'hono';
import { z } from 'zod';
import { THEME_IDS, type ThemeId } from '../../data/types.ts';
import { changeThemeTerm, ThemeTermConflict } from '../../ingest/reannotate-themes.ts';
import { readThemeTerms, type StoredThemeTerm } from '../../data/db/theme-terms.ts';
import type { AppDeps } from '../app.ts';
import type { AuthEnv } from '../auth/roles.ts';
import { ApiError } from '../errors.ts';

/** POST body: a theme id and a term as residents write it (a word, a phrase or a `stem*`). */
export const ThemeTermInput = z.object({
  theme: z.enum(THEME_IDS),
  term: z.string().trim().min(2).max(100).regex(/\p{L}/u, 'a term needs at least one letter')
    .refine((t) => !t.includes('*') || /^[^*]{3,}\*$/.test(t), 'a wildcard is allowed only at the end of a stem of 3 or more characters'),
});

/** What GET answers: the custom terms, grouped by theme in THEME_IDS order. */
export type ThemeTermsResponse = { terms: StoredThemeTerm[] };

/**
 * GET /api/theme-terms: the custom theme terms. POST (add) and DELETE /api/theme-terms/:theme/:term
 * (remove) change the installation's theme lexicon and re-annotate the segments the term touches.
 */
export function themeTermsRoutes(deps: AppDeps) {
  const writable = () => {
    if (deps.store.readOnly) throw new ApiError(403, 'read_only', 'this server is read-only (demo mode)');
  };
  const run = async (op: 'add' | 'remove', theme: ThemeId, term: string, actor: string | null) => {
    try {
      return await changeThemeTerm(deps.store, op, theme, term, actor);
    } catch (err) {
      if (err instanceof ThemeTermConflict) throw new ApiError(err.code === 'unknown_term' ? 404 : 409, err.code, err.message);
      throw err;
    }
  };
  return new Hono<AuthEnv>()
    .get('/theme-terms', async (c) => {
      const terms = await deps.store.withConnection(readThemeTerms);
      const order = (t: StoredThemeTerm) => (THEME_IDS as readonly string[]).indexOf(t.theme);
      return c.json({ terms: terms.sort((a, b) => order(a) - order(b)) } satisfies ThemeTermsResponse);
    })
    .post('/theme-terms', async (c) => {
      writable();
      const parsed = ThemeTermInput.safeParse(await c.req.json().catch(() => undefined));
      if (!parsed.success) throw new ApiError(400, 'bad_theme_term', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
      const result = await run('add', parsed.data.theme, parsed.data.term, c.get('principal')?.name ?? null);
      c.set('audit', { action: 'theme-term.add', target: `${result.theme}: ${result.term}`, detail: { segments: result.segments, matches: result.matches } });
      return c.json(result, 201);
    })
    .delete('/theme-terms/:theme/:term', async (c) => {
      writable();
      const theme = c.req.param('theme');
      if (!(THEME_IDS as readonly string[]).includes(theme)) throw new ApiError(404, 'unknown_theme', `unknown theme "${theme}"`);
      const result = await run('remove', theme as ThemeId, c.req.param('term'), c.get('principal')?.name ?? null);
      c.set('audit', { action: 'theme-term.remove', target: `${result.theme}: ${result.term}`, detail: { segments: result.segments, matches: result.matches } });
      return c.json(result);
    });
}
