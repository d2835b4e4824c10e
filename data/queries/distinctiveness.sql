-- Distinctiveness of a value for a city: its brand emphasis E(v) relative to the mean emphasis
-- of the same value (matched by name) across the compared cities that have brand texts (brand
-- segments naming any of their values); such a city whose brand lacks the value counts as
-- emphasis 0, a city with no brand texts does not count at all (its emphasis is unknown, not 0).
-- Null unless at least two OTHER compared cities have brand texts: against one peer or none the
-- ratio only restates how many cities were compared (a value no other city claims would read
-- 2.00× or 3.00× whatever its weight). $cityIds = the compared cities (all cities when null).
-- `branded` = how many compared cities have brand texts, on every row.
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
  select city_id, sum(n * len(value_ids))::DOUBLE as n from brand_rows group by all having sum(n) > 0
),
branded as (select count(*)::INTEGER as k from brand_any),
emphasis as (
  select a.city_id, v.value, coalesce(b.n / a.n, 0) as e
  from brand_any a
  cross join (select distinct value from brand) v
  left join brand b on b.city_id = a.city_id and b.value = v.value
)
select ci.name as city, e.value, round(e.e, 4)::DOUBLE as emphasis,
       case when (select k from branded) >= 3
            then round(e.e / nullif(avg(e.e) over (partition by e.value), 0), 3) end::DOUBLE as distinctiveness,
       (select k from branded) as branded
from emphasis e join cities ci on ci.id = e.city_id
order by city, value
