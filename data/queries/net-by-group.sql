-- Net sentiment per audience group (OverviewResponse.netByGroup).
with seg as (
  select * from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
),
counts as (
  select grp,
         count(*)::DOUBLE as n,
         count(sentiment)::DOUBLE as scored,
         count(*) filter (where label = 'positive')::DOUBLE as pos,
         count(*) filter (where label = 'negative')::DOUBLE as neg,
         avg(sentiment) as mean
  from seg group by grp
)
select grp as "group", n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high,
       round(mean, 3)::DOUBLE as mean
from counts
order by n desc
