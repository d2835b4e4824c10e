-- Net sentiment per audience group (OverviewResponse.netByGroup), from the segment facts.
with counts as (
  select grp,
         sum(n)::DOUBLE as n,
         sum(scored)::DOUBLE as scored,
         sum(pos)::DOUBLE as pos,
         sum(neg)::DOUBLE as neg,
         mean_from_sums(sum(sum_ms), sum(scored)) as mean
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  group by grp
)
select grp as "group", n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high,
       round(mean, 3)::DOUBLE as mean
from counts
order by n desc
