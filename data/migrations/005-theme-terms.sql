-- Custom theme terms added from the dashboard (Themes page, "add to theme"). Installation-wide,
-- like the taxonomy files they extend: the analyzer compiles data/taxonomy/themes/*.json plus
-- these rows, in every language's lexicon. Terms are stored trimmed and lowercased.
create table theme_terms (
  theme    varchar not null,
  term     varchar not null,
  added_by varchar,
  added_at timestamp not null default current_timestamp,
  primary key (theme, term)
);
