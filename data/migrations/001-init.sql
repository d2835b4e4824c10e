-- The first schema: the entities of DOMAIN.md. Ids are assigned by the single writer.

create table settings (
  key   varchar primary key,
  value varchar not null
);

create table cities (
  id         integer primary key,
  name       varchar not null unique,
  country    varchar,
  population integer,
  created_at timestamp not null default current_timestamp
);

-- The current brand values of a city; every edit also writes a row to brand_value_versions.
create table brand_values (
  id         integer primary key,
  city_id    integer not null references cities (id),
  name       varchar not null,
  position   integer not null,
  terms      varchar[] not null,
  exclusions varchar[] not null,
  unique (city_id, name)
);

create table brand_value_versions (
  city_id    integer not null references cities (id),
  version    integer not null,
  values_json json not null,
  changed_by varchar,
  changed_at timestamp not null default current_timestamp,
  primary key (city_id, version)
);

create table sources (
  id         integer primary key,
  city_id    integer not null references cities (id),
  kind       varchar not null,          -- survey | focus-group | social | brand
  format     varchar not null,
  file_name  varchar not null,
  file_hash  varchar not null,
  created_at timestamp not null default current_timestamp,
  created_by varchar
);

create table ingest_runs (
  id          integer primary key,
  source_id   integer,                  -- null when rejected or failed
  file_name   varchar not null,
  file_hash   varchar,
  format      varchar,
  city        varchar,
  status      varchar not null,         -- running | stored | rejected | failed
  documents   integer not null default 0,
  segments    integer not null default 0,
  skipped     integer not null default 0,
  duplicates  integer not null default 0,
  dropped     varchar[],
  errors      json,
  started_at  timestamp not null default current_timestamp,
  finished_at timestamp,
  duration_ms integer,
  actor       varchar
);

-- One survey response, focus-group session, post or brand text. attrs never hold personal data.
create table documents (
  id          bigint primary key,
  source_id   integer not null,
  city_id     integer not null,
  kind        varchar not null,
  dedup_key   varchar not null,         -- platform record id, else a content hash
  grp         varchar,                  -- audience group; null for brand texts
  date        timestamp,
  language    varchar,
  author_key  varchar,                  -- pseudonymous
  attrs       json,
  text        varchar not null
);

-- A sentence of a document. City, kind, group, date and the sub-segment attributes are copied
-- from the document (or the speaker) and the theme and value matches are listed, so the measures
-- filter one table without joins; offsets index into documents.text.
create table segments (
  id           bigint primary key,
  document_id  bigint not null,
  city_id      integer not null,
  kind         varchar not null,
  grp          varchar,
  date         timestamp,
  position     integer not null,
  start_offset integer not null,
  end_offset   integer not null,
  text         varchar not null,
  question     varchar,
  speaker      varchar,
  speaker_attrs json,
  moderator    boolean not null default false,
  language     varchar,
  sentiment    double,                  -- null = unscored (no lexicon for the language)
  label        varchar,
  contributions json,
  themes       varchar[] not null default [],  -- theme ids matched (segment_themes has the terms)
  value_ids    integer[] not null default [],  -- brand values matched (segment_values has the terms)
  role         varchar,                        -- sub-segments: speaker's, else the respondent's
  origin       varchar,
  age_band     varchar
);

create table segment_themes (
  segment_id   bigint not null,
  theme        varchar not null,
  term         varchar not null,
  start_offset integer not null,        -- into the segment's text
  end_offset   integer not null
);

create table segment_values (
  segment_id   bigint not null,
  value_id     integer not null,
  term         varchar not null,
  start_offset integer not null,        -- into the segment's text
  end_offset   integer not null
);

create table segment_terms (
  segment_id bigint not null,
  term       varchar not null
);

create table survey_items (
  id        integer primary key,
  source_id integer not null,
  key       varchar not null,
  text      varchar not null,
  kind      varchar not null,           -- likert | nps | single | multi | numeric
  scale_min integer,
  scale_max integer,
  labels    varchar[]
);

create table survey_answers (
  document_id bigint not null,
  item_id     integer not null,
  value       varchar not null,
  num         double
);
