-- Term facts for every audience segment, with its language, for the suggested lexicon terms: a term
-- is suggested when it is frequent in the unclassified segments and rare in the classified ones
-- (server/suggested-terms.ts), which needs the terms of the segments a theme alone covers too
-- (migration 008 left those out). The vocabulary gap still reads only the segments naming a value.
create or replace macro term_counts(p_city, p_after) as table
  select s.city_id, s.kind, s.grp, date_trunc('month', s.date)::DATE as month, s.language, s.role, s.origin,
         s.age_band, s.themes, s.value_ids, st.term, count(*)::INTEGER as n
  from segments s join segment_terms st on st.segment_id = s.id
  where (p_city is null or s.city_id = p_city) and s.id > p_after and st.segment_id > p_after and not s.moderator
  group by all;

delete from term_facts;
insert into term_facts select * from term_counts(NULL, 0);

-- The terms of the audience segments under the filters, with the segments using each (n) and their
-- language: whole months from term_facts, the other days from segment_terms (as in migration 010).
create or replace macro audience_terms(p_city, p_group, p_kind, p_from, p_to, p_lang, p_theme, p_value, p_role, p_origin, p_age) as table
  select t.grp, t.language, t.themes, t.value_ids, t.term, t.n
  from term_facts t
  where audience_match(t.city_id, t.kind, t.grp, t.language, t.themes, t.value_ids, t.role, t.origin, t.age_band,
                       p_city, p_group, p_kind, p_lang, p_theme, p_value, p_role, p_origin, p_age)
    and whole_month_in(t.month, p_from, p_to)
  union all
  select s.grp, s.language, s.themes, s.value_ids, st.term, 1 as n
  from (select id, grp, language, themes, value_ids
        from audience_segments(p_city, p_group, p_kind, p_from, head_days_end(p_from, p_to),
                               p_lang, p_theme, p_value, p_role, p_origin, p_age)
        where p_from is not null
        union all
        select id, grp, language, themes, value_ids
        from audience_segments(p_city, p_group, p_kind, tail_days_start(p_from, p_to), p_to,
                               p_lang, p_theme, p_value, p_role, p_origin, p_age)
        where p_to is not null) s
  join segment_terms st on st.segment_id = s.id;
