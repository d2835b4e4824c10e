-- Net sentiment of all audience segments under the filters, from the segment facts.
with counts as (
  select coalesce(sum(n), 0)::DOUBLE as n,
         coalesce(sum(scored), 0)::DOUBLE as scored,
         coalesce(sum(pos), 0)::DOUBLE as pos,
         coalesce(sum(neg), 0)::DOUBLE as neg,
         mean_from_sums(sum(sum_ms), sum(scored)) as mean
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
)
select n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high,
       round(mean, 3)::DOUBLE as mean
from counts
