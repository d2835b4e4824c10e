-- Per period (key: its first day, week or month) and value of the breakdown axis $by: n, net
-- sentiment with its 95% interval. The periods are read as in trend.sql.
with seg as (
  select date_trunc('month', span_start) as period, grp, origin, role, stay, stage, voice, n, scored, pos, neg
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where $interval = 'month' and span_start is not null
  union all
  select date_trunc($interval, day) as period, grp, origin, role, stay, stage, voice, n, scored, pos, neg
  from audience_facts($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where $interval <> 'month' and day is not null
),
counts as (
  select period, axis_value($by, grp, origin, role, stay, stage, voice) as value,
         sum(n)::DOUBLE as n, sum(scored)::DOUBLE as scored, sum(pos)::DOUBLE as pos, sum(neg)::DOUBLE as neg
  from seg group by all
)
select strftime(period, '%Y-%m-%d') as key, value, n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high
from counts
order by key, value
