-- Audience segments per detected language, and how many have no sentiment score.
select coalesce(language, 'unknown') as language, sum(n)::INTEGER as segments,
       sum(n - scored)::INTEGER as unscored
from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
group by all
order by segments desc
