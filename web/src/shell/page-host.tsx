/** Loads a page's chunk on first visit and renders it; a skeleton shows while the chunk loads. */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageDef, PageProps } from '../pages/registry.ts';
import { ChartSkeleton, ErrorBox, StatsSkeleton } from '../components/states.tsx';

const loaded = new Map<string, ComponentType<PageProps>>();

/** The page's own component once its chunk is in, with the shell's filters. */
export function PageHost({ page, ...props }: PageProps & { page: PageDef }) {
  const [, setTick] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const Page = loaded.get(page.id);

  useEffect(() => {
    if (loaded.has(page.id)) return;
    let live = true;
    setError(null);
    page.load().then(
      (m) => {
        loaded.set(page.id, m.default);
        if (live) setTick((n) => n + 1);
      },
      (e: Error) => live && setError(new Error(`This page could not be loaded (${e.message}). Reload to try again.`)),
    );
    return () => {
      live = false;
    };
  }, [page.id]);

  if (error) return <ErrorBox error={error} onRetry={() => window.location.reload()} />;
  if (!Page) return <PageSkeleton />;
  return <Page {...props} />;
}

/** A generic page placeholder: headline numbers and two charts. */
export function PageSkeleton() {
  return (
    <div class="page">
      <StatsSkeleton />
      <div class="chart-grid">
        <ChartSkeleton rows={4} />
        <ChartSkeleton rows={4} />
      </div>
    </div>
  );
}
