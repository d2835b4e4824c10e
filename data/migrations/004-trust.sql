-- Accounts, sessions, API tokens, the audit log and uploads (issue 7). Ids of users are assigned
-- by the writer; sessions, tokens, audit rows and uploads carry random ids so that small
-- bookkeeping writes never race for a max(id)+1.

create table users (
  id            integer primary key,
  name          varchar not null unique,
  role          varchar not null,        -- viewer | analyst | admin
  password_hash varchar not null,        -- scrypt$N$r$p$salt$hash
  created_at    timestamp not null default current_timestamp,
  disabled_at   timestamp
);

-- A login. The cookie holds a random token; only its sha256 is stored.
create table sessions (
  token_hash varchar primary key,
  user_id    integer not null,
  csrf_token varchar not null,
  created_at timestamp not null default current_timestamp,
  expires_at timestamp not null,
  revoked_at timestamp,
  ip         varchar
);

-- Tokens for scripts (`Authorization: Bearer …`), hashed at rest.
create table api_tokens (
  id         varchar primary key,
  user_id    integer not null,
  token_hash varchar not null unique,
  label      varchar,
  created_at timestamp not null default current_timestamp,
  revoked_at timestamp
);

-- Who did what, when: logins, uploads, deletions, brand edits, user management.
create table audit_log (
  id     varchar primary key,
  happened_at timestamp not null default current_timestamp,
  actor  varchar,
  action varchar not null,
  target varchar,
  detail json,
  ip     varchar
);

-- An upload handed to the server, run as a job; summary is the `ingest --json` object.
create table uploads (
  id          varchar primary key,
  user_id     integer,
  actor       varchar,
  file_name   varchar not null,
  bytes       bigint not null,
  options     json,
  tmp_path    varchar,                   -- where the file waits; removed when the job ends
  status      varchar not null,          -- queued | running | stored | rejected | failed
  summary     json,
  error       varchar,
  created_at  timestamp not null default current_timestamp,
  started_at  timestamp,
  finished_at timestamp
);
