-- The segments behind stimulus-terms.sql, by stimulus ('' = none) and group: the sizes the
-- log-odds compares.
select coalesce(stimulus, '') as stimulus, grp as "group", count(*)::INTEGER as n
from segments
where city_id = $cityId and (kind = 'focus-group' or stimulus is not null) and not moderator
  and ($group is null or grp = $group)
  and ($from is null or date >= $from::TIMESTAMP)
  and ($to is null or date < $to::TIMESTAMP)
group by all
