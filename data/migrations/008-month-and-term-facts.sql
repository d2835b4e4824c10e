-- Rollups that keep the figure routes fast at millions of segments, exact like segment_facts:
-- month_facts sums the segment facts by calendar month (about 10 times fewer rows at a million
-- posts), and term_facts counts the segments using each term (segment_terms is 15 times larger and
-- had to be joined to segments on every request). A date range that does not start or end on a
-- month boundary takes its whole months from the rollups and its remaining days from the day-level
-- rows, so every filter still gives the same counts. Every writer keeps them in step through
-- server/db/facts.ts, in its own transaction.

-- The audience segments of a city counted by every attribute the filters read, at the grain of
-- date_trunc(p_grain, date): the rows of segment_facts ('day') and month_facts ('month'). Moderator
-- turns are never audience. p_city null = every city; p_after = only segments numbered after it.
create or replace macro segment_counts(p_city, p_after, p_grain) as table
  select city_id, kind, grp, date_trunc(p_grain, date)::DATE as day, language, role, origin, age_band,
         themes, value_ids,
         count(*)::INTEGER as n, count(sentiment)::INTEGER as scored,
         (count(*) filter (where label = 'positive'))::INTEGER as pos,
         (count(*) filter (where label = 'negative'))::INTEGER as neg,
         coalesce(sum(round(sentiment * 1000)::BIGINT), 0)::BIGINT as sum_ms,
         coalesce(sum(power(round(sentiment * 1000)::BIGINT, 2)::BIGINT), 0)::BIGINT as sum_ms2
  from segments
  where (p_city is null or city_id = p_city) and id > p_after and not moderator
  group by all;

create table month_facts as
select * rename (day as month) from segment_counts(NULL, 0, 'month');

-- Segments per term, for the two figures that read terms: the vocabulary gap (segments naming a
-- brand value) and the suggested terms (segments no theme and no value covers). Segments covered
-- by a theme alone are read by neither and left out (at a million posts, 106k rows instead of
-- 559k). (segment_id, term) is unique in segment_terms, so n counts segments.
create table term_facts (
  city_id   integer not null,
  kind      varchar not null,
  grp       varchar,
  month     date,
  language  varchar,
  role      varchar,
  origin    varchar,
  age_band  varchar,
  themes    varchar[] not null,
  value_ids integer[] not null,
  term      varchar not null,
  n         integer not null
);

create or replace macro term_counts(p_city, p_after) as table
  select s.city_id, s.kind, s.grp, date_trunc('month', s.date)::DATE as month, s.language, s.role, s.origin,
         s.age_band, s.themes, s.value_ids, st.term, count(*)::INTEGER as n
  from segments s join segment_terms st on st.segment_id = s.id
  where (p_city is null or s.city_id = p_city) and s.id > p_after and st.segment_id > p_after and not s.moderator
    and (len(s.value_ids) > 0 or len(s.themes) = 0)
  group by all;

insert into term_facts select * from term_counts(NULL, 0);

-- The shared filters of audience_segments(...) on the columns every facts table has, written once.
create or replace macro audience_match(city_id, kind, grp, language, themes, value_ids, role, origin, age_band,
                                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age) as
  city_id = p_city
  and (kind <> 'brand' or p_kind = 'brand')
  and (p_group is null or grp = p_group)
  and (p_kind is null or kind = p_kind)
  and (p_lang is null or language = p_lang)
  -- p_theme: one theme id or several, comma-separated (any of them); 'unclassified' = no theme.
  -- One theme takes list_contains, 3 times faster than list_has_any over a million lists.
  and (p_theme is null
       or (list_contains(string_split(p_theme, ','), 'unclassified') and len(themes) = 0)
       or (strpos(p_theme, ',') = 0 and list_contains(themes, p_theme))
       or (strpos(p_theme, ',') > 0 and list_has_any(themes, string_split(p_theme, ','))))
  and (p_value is null or list_contains(value_ids, p_value))
  and (p_role is null or lower(role) = lower(p_role))
  and (p_origin is null or lower(origin) = lower(p_origin))
  and (p_age is null or age_band = p_age);

-- audience_segments (migration 002) and audience_facts (007) redefined on audience_match: the
-- same filters, written once.
create or replace macro audience_segments(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select s.*
  from segments s
  where audience_match(s.city_id, s.kind, s.grp, s.language, s.themes, s.value_ids, s.role, s.origin, s.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and not s.moderator
    and (p_from is null or s.date >= p_from::TIMESTAMP)
    and (p_to is null or s.date < p_to::TIMESTAMP);

create or replace macro audience_facts(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select f.*
  from segment_facts f
  where audience_match(f.city_id, f.kind, f.grp, f.language, f.themes, f.value_ids, f.role, f.origin, f.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and (p_from is null or f.day >= p_from::DATE)
    and (p_to is null or f.day < p_to::DATE);

-- Whether the calendar month starting on p_month lies wholly inside [p_from, p_to) (null = open).
create or replace macro whole_month_in(p_month, p_from, p_to) as
  (p_from is null or p_month >= p_from::DATE)
  and (p_to is null or (p_month + interval 1 month)::DATE <= p_to::DATE);

-- For a day or time d inside [p_from, p_to): whether its month is not wholly inside, i.e. d lies
-- before the first month start at or after p_from, or on or after the last month start before
-- p_to. Written as two comparisons with constants so that scans skip the row groups outside.
create or replace macro in_partial_month(d, p_from, p_to) as
  d < coalesce(case when date_trunc('month', p_from::DATE) = p_from::DATE then p_from::DATE
                    else (date_trunc('month', p_from::DATE) + interval 1 month)::DATE end, '-infinity'::DATE)
  or d >= coalesce(date_trunc('month', p_to::DATE)::DATE, 'infinity'::DATE);

-- audience_facts(...) in fewer rows: the same segments' counts, the whole months in the range from
-- month_facts and the other days from segment_facts. span_start is the first day of the month or
-- the day a row counts, so a row can be placed in a month but not in a week or a day.
create or replace macro audience_totals(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select m.* rename (month as span_start)
  from month_facts m
  where audience_match(m.city_id, m.kind, m.grp, m.language, m.themes, m.value_ids, m.role, m.origin, m.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and whole_month_in(m.month, p_from, p_to)
  union all by name
  select f.* rename (day as span_start)
  from audience_facts(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) f
  where in_partial_month(f.day, p_from, p_to);

-- The terms of the audience segments under the filters that name a brand value or have no theme
-- (the rows of term_facts), with the segments using each (n): whole months from term_facts, the
-- other days from segment_terms.
create or replace macro audience_terms(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select t.grp, t.themes, t.value_ids, t.term, t.n
  from term_facts t
  where audience_match(t.city_id, t.kind, t.grp, t.language, t.themes, t.value_ids, t.role, t.origin, t.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and whole_month_in(t.month, p_from, p_to)
  union all
  select s.grp, s.themes, s.value_ids, st.term, 1 as n
  from audience_segments(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) s
  join segment_terms st on st.segment_id = s.id
  where in_partial_month(s.date, p_from, p_to)
    and (len(s.value_ids) > 0 or len(s.themes) = 0);
