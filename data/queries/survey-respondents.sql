-- The survey responses stored for a city under the filters (every survey file, with or without
-- closed answers): the respondent count of the Survey page.
select count(*)::INTEGER as respondents
from documents d
where d.city_id = $cityId and d.kind = 'survey'
  and respondent_match(d.grp, d.date, d.role, d.origin, d.attrs, $group, $from, $to, $role, $origin, $age)
