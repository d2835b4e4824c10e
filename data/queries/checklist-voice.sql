-- A checklist item's voice-share evidence (issue 19 item 5): of the segments about $theme in every
-- channel (brand texts included, as in senders.sql), the share spoken by $voice, with its 95%
-- Wilson interval. A facts row without a stored voice reads as senders.sql reads it.
with c as (
  select coalesce(sum(n), 0)::DOUBLE as total,
         coalesce(sum(n) filter (where coalesce(voice, case when kind = 'brand' then 'official' else 'user' end) = $voice), 0)::DOUBLE as k
  from month_facts
  where city_id = $cityId and list_contains(themes, $theme)
)
select total::INTEGER as n, k::INTEGER as k,
       round(k / nullif(total, 0), 4)::DOUBLE as share,
       round(wilson_low(k, total), 4)::DOUBLE as low,
       round(wilson_high(k, total), 4)::DOUBLE as high
from c
