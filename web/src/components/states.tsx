/** Loading skeletons in the shape of what is coming, empty states and error boxes. */
import type { ComponentChildren } from 'preact';

/** A grey card with bars where a bar chart will be; `rows` bars of varied width. */
export function ChartSkeleton({ rows = 4, height = 220, id }: { rows?: number; height?: number; id?: string }) {
  const widths = [82, 64, 91, 47, 73, 38, 58, 69, 30, 52];
  return (
    <section class="card chart-card skeleton" aria-busy="true" data-skeleton={id}>
      <div class="sk sk-title" />
      <div class="sk sk-subtitle" />
      <div class="sk-bars" style={{ height: `${height}px` }}>
        {Array.from({ length: rows }, (_, i) => (
          <div class="sk-bar-row">
            <div class="sk sk-label" />
            <div class="sk sk-bar" style={{ width: `${widths[i % widths.length]}%` }} />
          </div>
        ))}
      </div>
      <div class="sk sk-source" />
      <span class="sr-only">Loading…</span>
    </section>
  );
}

/** A row of headline-number placeholders. */
export function StatsSkeleton({ count = 5 }: { count?: number }) {
  return (
    <div class="stats" aria-busy="true">
      {Array.from({ length: count }, () => (
        <div class="stat skeleton">
          <div class="sk sk-stat-label" />
          <div class="sk sk-stat-value" />
        </div>
      ))}
    </div>
  );
}

/** A calm message for "nothing here yet", with what to do about it. */
export function EmptyState({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="card empty-state" role="status">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** An error shown where the content would be, with the server's message and a retry. */
export function ErrorBox({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const code = (error as Error & { code?: string }).code;
  return (
    <section class="card error-box" role="alert">
      <h2>Could not load this view</h2>
      <p>{error.message}</p>
      {code && <p class="muted small">Error code: <code>{code}</code></p>}
      {onRetry && <button type="button" class="button" onClick={onRetry}>Try again</button>}
    </section>
  );
}
