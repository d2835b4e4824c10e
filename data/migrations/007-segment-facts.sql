-- Audience segments counted by every attribute the shared filters read: the figure routes sum
-- these rows instead of scanning millions of segments (at a million posts about 1 row for 5
-- segments). Exact, not sampled: n, scored, positive, negative and the sums behind the mean and
-- its interval are plain counts and sums of the same segments audience_segments(...) returns.
-- Moderator turns are never audience and are left out. Every writer of segments rebuilds the
-- facts of the cities it touched in its own transaction (server/db/facts.ts).
create table segment_facts (
  city_id   integer not null,
  kind      varchar not null,
  grp       varchar,
  day       date,
  language  varchar,
  role      varchar,
  origin    varchar,
  age_band  varchar,
  themes    varchar[] not null,
  value_ids integer[] not null,
  n         integer not null,            -- segments
  scored    integer not null,            -- segments with a sentiment score
  pos       integer not null,            -- labelled positive
  neg       integer not null,            -- labelled negative
  -- scores are stored to 3 decimals, so their sums in thousandths are exact integers and a mean
  -- rounds the same whichever order its segments are summed in
  sum_ms    bigint not null,             -- Σ 1000·score, for the mean
  sum_ms2   bigint not null              -- Σ (1000·score)², for the mean's interval
);

insert into segment_facts
select city_id, kind, grp, date::DATE, language, role, origin, age_band, themes, value_ids,
       count(*), count(sentiment), count(*) filter (where label = 'positive'),
       count(*) filter (where label = 'negative'), coalesce(sum(round(sentiment * 1000)::BIGINT), 0),
       coalesce(sum(power(round(sentiment * 1000)::BIGINT, 2)::BIGINT), 0)
from segments
where not moderator
group by all;

-- audience_segments(...) over the facts: the same filters, row for row.
create or replace macro audience_facts(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select f.*
  from segment_facts f
  where f.city_id = p_city
    and (f.kind <> 'brand' or p_kind = 'brand')
    and (p_group is null or f.grp = p_group)
    and (p_kind is null or f.kind = p_kind)
    and (p_from is null or f.day >= p_from::DATE)
    and (p_to is null or f.day < p_to::DATE)
    and (p_lang is null or f.language = p_lang)
    and (p_theme is null
         or (list_contains(string_split(p_theme, ','), 'unclassified') and len(f.themes) = 0)
         or list_has_any(f.themes, string_split(p_theme, ',')))
    and (p_value is null or list_contains(f.value_ids, p_value))
    and (p_role is null or lower(f.role) = lower(p_role))
    and (p_origin is null or lower(f.origin) = lower(p_origin))
    and (p_age is null or f.age_band = p_age);

-- The mean score and its sample standard deviation (as stddev_samp) from the sums in thousandths.
create or replace macro mean_from_sums(s, n) as
  case when n > 0 then s / n / 1000 end;
create or replace macro sd_from_sums(s, s2, n) as
  case when n > 1 then sqrt(greatest(s2 - s * s / n, 0) / (n - 1)) / 1000 end;
