-- Audience segments per detected language, and how many have no sentiment score.
select coalesce(language, 'unknown') as language, count(*)::INTEGER as segments,
       count(*) filter (where sentiment is null)::INTEGER as unscored
from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
group by all
order by segments desc
