/** Left navigation (a drop-down menu below 800 px); links keep the current filters. */
import { PAGES, type PageDef } from '../pages/registry.ts';
import { filterSearch, type Filters } from '../router/filters.ts';
import { onLinkClick } from '../router/location.ts';

/** The list of pages that exist; the current one is marked for screen readers too. */
export function Nav({ current, filters, open }: { current: PageDef | null; filters: Filters; open: boolean }) {
  const q = filterSearch(filters);
  return (
    <nav id="app-nav" class={`app-nav${open ? ' open' : ''}`} aria-label="Pages">
      <ul>
        {PAGES.map((p) => (
          <li>
            <a href={p.path + q} onClick={onLinkClick} aria-current={p === current ? 'page' : undefined}>
              <span class="nav-label">{p.label}</span>
              <span class="nav-hint">{p.hint}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
