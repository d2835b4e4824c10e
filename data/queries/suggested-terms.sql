-- Suggested new lexicon terms: phrases frequent in the city's audience text whose segments no
-- theme and no brand value covers (multi-word phrases first among equals). The theme and value
-- filters are not applied: covered segments are excluded by definition.
select term, sum(n)::INTEGER as n
from audience_terms($cityId, $group, $kind, $from, $to, $lang, NULL, NULL, $role, $origin, $age)
where len(themes) = 0 and len(value_ids) = 0
group by term
having sum(n) >= $minCount
order by n desc, length(term) - length(replace(term, ' ', '')) desc, term
limit $top
