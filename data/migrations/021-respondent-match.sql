-- The respondent filters of every survey figure (survey.sql, survey-by.sql, survey-waves.sql,
-- survey-respondents.sql) in one place: a document of a survey response matches the shared
-- filters group, from/to, role, origin and age band. Inlined by the planner, as audience_match is.
create or replace macro respondent_match(grp, d_date, role, origin, attrs, p_group, p_from, p_to, p_role, p_origin, p_age) as
  (p_group is null or grp = p_group)
  and (p_from is null or d_date >= p_from::TIMESTAMP)
  and (p_to is null or d_date < p_to::TIMESTAMP)
  and (p_role is null or lower(role) = lower(p_role))
  and (p_origin is null or lower(origin) = lower(p_origin))
  and (p_age is null or (attrs ->> 'ageBand') = p_age);  -- ->> binds looser than =
