-- The sender-centred index (issue 18 item 5): who speaks, official / partner / user, as a share
-- of the segments of each channel (source kind, and 'all'), of each theme and of each brand value,
-- with the 95% Wilson interval of each share (migration 012). Every channel counts here, brand
-- texts included: the city's own voice is the point. All dates; moderator turns are not in the
-- facts. Summed from month_facts, so it reads a few thousand rows, not the segments.
with facts as (
  -- a facts row written before voice was stored reads as migration 014 labelled old rows
  select kind, themes, value_ids, n,
         coalesce(voice, case when kind = 'brand' then 'official' else 'user' end) as voice
  from month_facts
  where city_id = $cityId
),
keyed as (
  select 'channel' as scope, kind as key, voice, n from facts
  union all
  select 'channel' as scope, 'all' as key, voice, n from facts
  union all
  select 'theme' as scope, unnest(themes) as key, voice, n from facts
  union all
  select 'value' as scope, v.name as key, m.voice, m.n
  from (select unnest(value_ids) as value_id, voice, n from facts) m
  join brand_values v on v.id = m.value_id
),
counts as (
  select scope, key, voice, sum(n)::DOUBLE as n from keyed group by scope, key, voice
),
totals as (
  select scope, key, sum(n)::DOUBLE as total from counts group by scope, key
),
-- every channel and every brand value is a row, said by no one or not
keys as (
  select scope, key, total from totals
  union all
  select 'channel', k, 0 from unnest(['all', 'survey', 'focus-group', 'social', 'brand']) t(k)
  where k not in (select key from totals where scope = 'channel')
  union all
  select 'value', v.name, 0 from brand_values v
  where v.city_id = $cityId and v.name not in (select key from totals where scope = 'value')
),
voices as (select unnest(['official', 'partner', 'user']) as voice)
select k.scope, k.key, vo.voice,
       coalesce(c.n, 0)::INTEGER as n, k.total::INTEGER as total,
       round(coalesce(c.n, 0) / nullif(k.total, 0), 4)::DOUBLE as share,
       round(wilson_low(coalesce(c.n, 0), k.total), 4)::DOUBLE as low,
       round(wilson_high(coalesce(c.n, 0), k.total), 4)::DOUBLE as high
from keys k
cross join voices vo
left join counts c on c.scope = k.scope and c.key = k.key and c.voice = vo.voice
left join brand_values bv on k.scope = 'value' and bv.city_id = $cityId and bv.name = k.key
order by k.scope, bv.position, k.total desc, k.key, vo.voice
