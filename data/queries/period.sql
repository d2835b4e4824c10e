-- The first and last date of the audience segments under the filters (for source lines).
select strftime(min(date), '%Y-%m-%d') as "from", strftime(max(date), '%Y-%m-%d') as "to"
from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
