-- Per brand value (key: its name) and value of the breakdown axis $by: n, net sentiment with its
-- 95% interval, over the audience segments naming the value. Every filter but the value applies
-- (values.sql splits by value itself). Summed from the facts.
with seg as (
  select axis_value($by, grp, origin, role, stay, stage, voice) as value, value_ids, n, scored, pos, neg
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, NULL, $role, $origin, $age)
  where len(value_ids) > 0
),
counts as (
  select value_id, value, sum(n)::DOUBLE as n, sum(scored)::DOUBLE as scored, sum(pos)::DOUBLE as pos, sum(neg)::DOUBLE as neg
  from (select unnest(value_ids) as value_id, value, n, scored, pos, neg from seg)
  group by value_id, value
)
select v.name as key, c.value, c.n::INTEGER as n, c.scored::INTEGER as scored,
       round(net_points(c.pos, c.neg, c.scored), 1)::DOUBLE as net,
       round(net_low(c.pos, c.neg, c.scored), 1)::DOUBLE as low,
       round(net_high(c.pos, c.neg, c.scored), 1)::DOUBLE as high
from counts c join brand_values v on v.id = c.value_id
order by v.position, c.n desc, c.value
