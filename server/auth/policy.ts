/** Which role each route needs: one table, default-deny (anything not listed needs a login). */
import type { Role } from './roles.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a method changes state (and so needs CSRF protection and an analyst). */
export function isStateChanging(method: string): boolean {
  return !SAFE.has(method.toUpperCase());
}

/** Collapses duplicate slashes so `//api//admin` cannot slip past a prefix check. */
export function normalizePath(path: string): string {
  return path.replace(/\/{2,}/g, '/');
}

/**
 * The role a request needs, or 'public'. Reads need a viewer; uploads, brand edits and deletes
 * an analyst; account management and the audit log an admin. The web app itself is public.
 */
export function requiredRole(method: string, rawPath: string): Role | 'public' {
  const path = normalizePath(rawPath);
  const m = method.toUpperCase();
  if (path !== '/api' && !path.startsWith('/api/')) return 'public';
  if (m === 'GET' && path === '/api/health') return 'public';
  if (m === 'POST' && path === '/api/auth/login') return 'public';
  if (path === '/api/admin' || path.startsWith('/api/admin/')) return 'admin';
  if (path.startsWith('/api/auth/')) return 'viewer';
  if (path === '/api/uploads' || path.startsWith('/api/uploads/')) return 'analyst';
  return SAFE.has(m) ? 'viewer' : 'analyst';
}
