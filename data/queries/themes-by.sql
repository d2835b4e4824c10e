-- Per theme (and 'unclassified', key) and value of the breakdown axis $by (value): n, net
-- sentiment with its 95% interval (migration 012). key null = every audience segment of that axis
-- value, each counted once however many themes it has. Summed from the facts.
with seg as (
  select axis_value($by, grp, origin, role, stay, stage, voice) as value, themes,
         sum(n) as n, sum(scored) as scored, sum(pos) as pos, sum(neg) as neg
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  group by all
),
tagged as (
  select unnest(themes) as key, value, n, scored, pos, neg from seg
  union all
  select 'unclassified' as key, value, n, scored, pos, neg from seg where len(themes) = 0
  union all
  select null as key, value, n, scored, pos, neg from seg
),
counts as (
  select key, value, sum(n)::DOUBLE as n, sum(scored)::DOUBLE as scored, sum(pos)::DOUBLE as pos, sum(neg)::DOUBLE as neg
  from tagged group by key, value
)
select key, value, n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high
from counts
order by key nulls first, n desc, value
