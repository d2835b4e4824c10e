-- Distinctiveness of a value for a city: its brand emphasis E(v) relative to the mean emphasis
-- of the same value (matched by name) across the compared cities; a city whose brand lacks the
-- value counts as emphasis 0. $cityIds = the compared cities (all cities when null).
with compared as (
  select id from cities where $cityIds is null or list_contains($cityIds, id)
),
brand_rows as (
  -- brand segments, from the segment facts: each row stands for n segments naming value_ids
  select row_number() over () as row_id, city_id, n, value_ids
  from month_facts
  where kind = 'brand' and len(value_ids) > 0 and city_id in (select id from compared)
),
brand as (
  select city_id, value, sum(n)::DOUBLE as n
  from (select distinct r.row_id, r.city_id, r.n, lower(bv.name) as value
        from (select row_id, city_id, n, unnest(value_ids) as value_id from brand_rows) r
        join brand_values bv on bv.id = r.value_id)
  group by all
),
brand_any as (
  -- mentions, as in values.sql: emphases of a city sum to 1
  select city_id, sum(n * len(value_ids))::DOUBLE as n from brand_rows group by all
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
