-- Distinctiveness of a value for a city: its brand emphasis E(v) relative to the mean emphasis
-- of the same value (matched by name) across the compared cities; a city whose brand lacks the
-- value counts as emphasis 0. $cityIds = the compared cities (all cities when null).
with compared as (
  select id from cities where $cityIds is null or list_contains($cityIds, id)
),
brand as (
  select s.city_id, lower(bv.name) as value, count(distinct s.id)::DOUBLE as n
  from segments s
  join segment_values sv on sv.segment_id = s.id
  join brand_values bv on bv.id = sv.value_id
  where s.kind = 'brand' and s.city_id in (select id from compared)
  group by all
),
brand_any as (
  select s.city_id, count(distinct s.id)::DOUBLE as n
  from segments s join segment_values sv on sv.segment_id = s.id
  where s.kind = 'brand' and s.city_id in (select id from compared)
  group by all
),
emphasis as (
  select c.id as city_id, v.value, coalesce(b.n / nullif(a.n, 0), 0) as e
  from compared c
  cross join (select distinct value from brand) v
  left join brand b on b.city_id = c.id and b.value = v.value
  left join brand_any a on a.city_id = c.id
)
select ci.name as city, e.value, round(e.e, 4)::DOUBLE as emphasis,
       round(e.e / nullif(avg(e.e) over (partition by e.value), 0), 3)::DOUBLE as distinctiveness
from emphasis e join cities ci on ci.id = e.city_id
order by city, value
