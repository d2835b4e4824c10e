/** The app shell: header, navigation and the current page, all driven by the URL. */
import { useEffect, useState } from 'preact/hooks';
import { useCities } from './api/use-cities.ts';
import { useHealth } from './api/use-health.ts';
import { ErrorBox } from './components/states.tsx';
import { EvidenceDrawer } from './evidence/evidence-drawer.tsx';
import { findPage } from './pages/registry.ts';
import { readFilters, withParam } from './router/filters.ts';
import { navigate, onLinkClick, useLocation } from './router/location.ts';
import { Header } from './shell/header.tsx';
import { Nav } from './shell/nav.tsx';
import { NoData } from './shell/no-data.tsx';
import { PageHost, PageSkeleton } from './shell/page-host.tsx';
import { LoginPage } from './pages/login/login-page.tsx';

/** The whole dashboard. */
export function App() {
  const loc = useLocation();
  // The sign-in screen stands alone: nothing else can load before signing in.
  if (loc.path === '/login') return <LoginPage search={loc.search} />;
  return <Dashboard loc={loc} />;
}

/** Header, navigation and the current page. */
function Dashboard({ loc }: { loc: ReturnType<typeof useLocation> }) {
  const filters = readFilters(loc.search);
  const cities = useCities();
  const health = useHealth();
  const page = findPage(loc.path);
  const [menuOpen, setMenuOpen] = useState(false);
  const list = cities.data?.cities ?? [];

  // No city in the URL: pick the first, replacing the entry so Back does not bounce here again.
  useEffect(() => {
    if (!filters.city && list.length > 0) navigate(loc.path + withParam(loc.search, 'city', list[0].name), { replace: true });
  }, [filters.city, list.length]);

  useEffect(() => setMenuOpen(false), [loc.path, loc.search]);

  // Start fetching the page's chunk while the city list loads, instead of after it.
  useEffect(() => {
    page?.load().catch(() => {});
  }, [page]);

  useEffect(() => {
    document.title = [page?.label ?? 'Not found', filters.city, 'brandgap'].filter(Boolean).join(' · ');
  }, [page, filters.city]);

  // A link that names its city renders at once; the page reports an unknown city itself.
  let content;
  if (!page) content = <NotFound />;
  // Sources works without a city: it is where the first file of a new install is uploaded.
  else if (filters.city || page.id === 'sources') content = <PageHost page={page} filters={filters} search={loc.search} />;
  else if (cities.status === 'error') content = <ErrorBox error={cities.error} onRetry={cities.reload} />;
  else if (cities.status === 'ready' && list.length === 0) content = <NoData />;
  else content = <PageSkeleton />;

  return (
    <div class="shell">
      <a class="skip-link" href="#main">Skip to content</a>
      <Header loc={loc} filters={filters} cities={cities} menuOpen={menuOpen} onMenu={() => setMenuOpen(!menuOpen)} />
      {health.data?.demo && (
        <p class="demo-banner" role="note">
          Demo: fictional cities with generated data. Read-only — uploads and edits are switched off.
        </p>
      )}
      <Nav current={page} filters={filters} open={menuOpen} />
      <main id="main" class="app-main" tabIndex={-1}>
        {content}
      </main>
      <EvidenceDrawer loc={loc} />
    </div>
  );
}

function NotFound() {
  return (
    <section class="card empty-state" role="status">
      <h2>There is no page here</h2>
      <p>
        Go to the{' '}
        <a href="/" onClick={onLinkClick}>
          Overview
        </a>
        .
      </p>
    </section>
  );
}
