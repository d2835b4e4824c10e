-- The first and last date of the audience segments under the filters (for source lines).
select strftime(min(day), '%Y-%m-%d') as "from", strftime(max(day), '%Y-%m-%d') as "to"
from audience_facts($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
