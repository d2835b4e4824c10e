-- Candidate lexicon terms: per term and language, the audience segments using it that no theme and
-- no brand value covers (u) and those a theme or value covers (c), for the terms used by at least
-- $minCount unclassified segments. server/suggested-terms.ts scores them (log-odds with an
-- informative prior) against the segment totals of suggested-terms-totals.sql. The theme and value
-- filters are not applied: the split into classified and unclassified is the point.
with t as (
  select term, language,
         coalesce(sum(n) filter (where len(themes) = 0 and len(value_ids) = 0), 0)::INTEGER as u,
         coalesce(sum(n) filter (where len(themes) > 0 or len(value_ids) > 0), 0)::INTEGER as c
  from audience_terms($cityId, $group, $kind, $from, $to, $lang, NULL, NULL, $role, $origin, $age)
  group by term, language
)
select term, language, u, c
from t
where term in (select term from t group by term having sum(u) >= $minCount)
order by term, language
