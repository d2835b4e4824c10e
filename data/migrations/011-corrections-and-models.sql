-- Corrections that teach the product (issue 15): a reader's sentiment and themes for one segment,
-- and the installation's retrained models. A correction is kept by the segment it was made on
-- and by a key of its normalised text, so it finds the same sentence again after the source is
-- deleted and uploaded anew (new segment ids). It holds no text of its own: a deleted document's
-- words leave with it, and training reads the text of the segments a correction applies to.
create table corrections (
  id           integer primary key,
  city_id      integer not null,
  segment_id   bigint not null,             -- the segment it was made on
  text_key     varchar not null,            -- segment_text_key(segments.text)
  sentiment    varchar not null,            -- positive | negative | neutral | mixed
  themes       varchar[] not null,          -- 0–3 theme ids
  -- what the active model said of the segment (kept up to date by every re-annotation), so the
  -- model's agreement with readers is a count, not a re-run
  model_label  varchar,
  model_themes varchar[],
  corrected_by varchar,
  corrected_at timestamp not null default current_timestamp
);

-- Lowercase, blanks collapsed: a re-read file gives the same key for the same sentence.
create or replace macro segment_text_key(t) as md5(regexp_replace(lower(trim(t)), '\s+', ' ', 'g'));

-- The segments each correction applies to: the segment it was made on while that segment still
-- holds the same text; once it is gone, every segment of the city with the same text (the
-- sentence uploaded again). Segments numbered after p_after only (0 = all); a segment that two
-- corrections reach takes the newest.
create or replace macro correction_targets(p_city, p_after) as table
  with live as (
    select c.id as correction_id, s.id as segment_id
    from corrections c join segments s on s.id = c.segment_id and s.city_id = c.city_id
    where (p_city is null or c.city_id = p_city) and s.id > p_after and segment_text_key(s.text) = c.text_key
  ),
  orphan as (
    select c.* from corrections c
    where (p_city is null or c.city_id = p_city)
      and not exists (select 1 from segments s where s.id = c.segment_id and s.city_id = c.city_id and segment_text_key(s.text) = c.text_key)
  ),
  rehomed as (
    select o.id as correction_id, s.id as segment_id
    from orphan o join segments s on s.city_id = o.city_id and s.id > p_after and segment_text_key(s.text) = o.text_key
  )
  select correction_id, segment_id from (select * from live union all select * from rehomed)
  qualify row_number() over (partition by segment_id order by correction_id desc) = 1;

-- A corrected segment's score: its own while it agrees with the reader's label (VADER's cut-offs,
-- as the analyzer's labels keep them), else the middle of that label's side.
create or replace macro corrected_score(score, label) as
  case label
    when 'positive' then case when score >= 0.05 then score else 0.5 end
    when 'negative' then case when score <= -0.05 then score else -0.5 end
    when 'neutral' then case when score > -0.05 and score < 0.05 then score else 0.0 end
    else coalesce(score, 0.0)
  end;

-- The installation's models: the weights (ingest/analysis/learned/model-file.ts) as a BLOB, so a
-- backup carries them; at most one is active (none: the model the repository ships).
create table model_versions (
  version     integer primary key,
  model_id    varchar not null,             -- the weights' own id (m-…)
  created_by  varchar,
  created_at  timestamp not null default current_timestamp,
  corrections integer not null,             -- corrections it was trained on
  texts       integer not null,             -- training texts in all
  figures     json not null,                -- agreement before and after, per language, with n
  weights     blob not null,
  active      boolean not null default false
);
