-- Per brand value × audience group (grp 'all' = every group): brand emphasis E(v), voice share
-- S(v,g), net sentiment with its 95% interval and n. Brand texts are not time-filtered: the brand
-- is what the city says now. E and S divide by the (segment, value) mentions, so a segment naming
-- two values counts for both and each distribution sums to 1 (alignment stays in [0, 1]); with
-- one value per segment this is exactly "segments naming v / segments naming any value".
-- Summed from the facts (migrations 007, 008).
with vals as (
  select id, name, position from brand_values where city_id = $cityId
),
brand as (
  select unnest(value_ids) as value_id, n
  from month_facts
  where city_id = $cityId and kind = 'brand' and len(value_ids) > 0
),
brand_any as (select coalesce(sum(n), 0)::DOUBLE as n from brand),
emphasis as (select value_id, sum(n)::DOUBLE as n from brand group by value_id),
seg as (
  select grp, value_ids, n, scored, pos, neg, sum_ms
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, NULL, $role, $origin, $age)
  where len(value_ids) > 0
),
mentions as (
  select unnest(value_ids) as value_id, grp, n, scored, pos, neg, sum_ms from seg
),
voice_any as (
  -- mentions, and the segments behind them (a facts row of n segments naming k values is n·k mentions)
  select coalesce(grp, 'all') as grp, coalesce(sum(n * len(value_ids)), 0)::DOUBLE as n, coalesce(sum(n), 0)::DOUBLE as segments
  from seg group by grouping sets ((grp), ())
),
counts as (
  select value_id, coalesce(grp, 'all') as grp,
         sum(n)::DOUBLE as n,
         sum(scored)::DOUBLE as scored,
         sum(pos)::DOUBLE as pos,
         sum(neg)::DOUBLE as neg,
         mean_from_sums(sum(sum_ms), sum(scored)) as mean
  from mentions group by grouping sets ((value_id, grp), (value_id))
)
select v.name as value, v.id::INTEGER as value_id, va.grp as "group",
       round(coalesce(e.n, 0) / nullif(ba.n, 0), 4)::DOUBLE as emphasis,
       coalesce(e.n, 0)::INTEGER as brand_n,
       round(coalesce(c.n / nullif(va.n, 0), 0), 4)::DOUBLE as voice_share, va.segments::INTEGER as voice_n,
       coalesce(c.n, 0)::INTEGER as n, coalesce(c.scored, 0)::INTEGER as scored,
       round(net_points(c.pos, c.neg, c.scored), 1)::DOUBLE as net,
       round(net_low(c.pos, c.neg, c.scored), 1)::DOUBLE as low,
       round(net_high(c.pos, c.neg, c.scored), 1)::DOUBLE as high,
       round(c.mean, 3)::DOUBLE as mean
from vals v
cross join brand_any ba
cross join voice_any va
left join emphasis e on e.value_id = v.id
left join counts c on c.value_id = v.id and c.grp = va.grp
order by va.grp, v.position
