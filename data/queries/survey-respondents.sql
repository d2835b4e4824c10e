-- The survey responses stored for a city under the filters (every survey file, with or without
-- closed answers): the respondent count of the Survey page.
select count(*)::INTEGER as respondents
from documents d
where d.city_id = $cityId and d.kind = 'survey'
  and ($group is null or d.grp = $group)
  and ($from is null or d.date >= $from::TIMESTAMP)
  and ($to is null or d.date < $to::TIMESTAMP)
  and ($role is null or lower(d.role) = lower($role))
  and ($origin is null or lower(d.origin) = lower($origin))
  and ($age is null or (d.attrs ->> 'ageBand') = $age)  -- ->> binds looser than =
