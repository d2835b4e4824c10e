-- The days of a date range outside its whole months, read as two plain ranges (the days before
-- the first whole month, the days from the last month start on) instead of one OR over every day
-- of the range (migration 008's in_partial_month). A plain range lets the scans skip the row
-- groups outside it: a range that starts on a month boundary now reads no day-level rows at the
-- start, where it read every day after it (at a million posts, 23 → 10 ms for themes since June).

-- The first month start on or after p_from (null when p_from is null).
create or replace macro first_month_start(p_from) as
  case when date_trunc('month', p_from::DATE) = p_from::DATE then p_from::DATE
       else (date_trunc('month', p_from::DATE) + interval 1 month)::DATE end;

-- Where the days before the first whole month end, and where the days after the last one begin.
-- When no whole month lies inside [p_from, p_to), the two spans meet without overlapping.
create or replace macro head_days_end(p_from, p_to) as
  least(first_month_start(p_from), coalesce(p_to::DATE, 'infinity'::DATE));
create or replace macro tail_days_start(p_from, p_to) as
  greatest(date_trunc('month', p_to::DATE)::DATE, coalesce(first_month_start(p_from), '-infinity'::DATE));

create or replace macro audience_totals(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select m.* rename (month as span_start)
  from month_facts m
  where audience_match(m.city_id, m.kind, m.grp, m.language, m.themes, m.value_ids, m.role, m.origin, m.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and whole_month_in(m.month, p_from, p_to)
  union all by name
  select f.* rename (day as span_start)
  from audience_facts(p_city, p_group, p_kind, p_from, head_days_end(p_from, p_to),
                      p_lang, p_theme, p_value, p_role, p_origin, p_age) f
  where p_from is not null
  union all by name
  select f.* rename (day as span_start)
  from audience_facts(p_city, p_group, p_kind, tail_days_start(p_from, p_to), p_to,
                      p_lang, p_theme, p_value, p_role, p_origin, p_age) f
  where p_to is not null;

create or replace macro audience_terms(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select t.grp, t.themes, t.value_ids, t.term, t.n
  from term_facts t
  where audience_match(t.city_id, t.kind, t.grp, t.language, t.themes, t.value_ids, t.role, t.origin, t.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and whole_month_in(t.month, p_from, p_to)
  union all
  select s.grp, s.themes, s.value_ids, st.term, 1 as n
  from (select id, grp, themes, value_ids
        from audience_segments(p_city, p_group, p_kind, p_from, head_days_end(p_from, p_to),
                               p_lang, p_theme, p_value, p_role, p_origin, p_age)
        where p_from is not null
        union all
        select id, grp, themes, value_ids
        from audience_segments(p_city, p_group, p_kind, tail_days_start(p_from, p_to), p_to,
                               p_lang, p_theme, p_value, p_role, p_origin, p_age)
        where p_to is not null) s
  join segment_terms st on st.segment_id = s.id
  where len(s.value_ids) > 0 or len(s.themes) = 0;
