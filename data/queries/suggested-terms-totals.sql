-- The audience segments under the filters that no theme and no brand value covers, and the others.
select coalesce(sum(n) filter (where len(themes) = 0 and len(value_ids) = 0), 0)::INTEGER as unclassified,
       coalesce(sum(n) filter (where len(themes) > 0 or len(value_ids) > 0), 0)::INTEGER as classified
from audience_totals($cityId, $group, $kind, $from, $to, $lang, NULL, NULL, $role, $origin, $age)
