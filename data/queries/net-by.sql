-- Net sentiment of the audience segments under the filters per value of the breakdown axis $by
-- (key null: the whole figure), with its 95% interval; the overview's breakdown. From the facts.
with counts as (
  select axis_value($by, grp, origin, role, stay, stage, voice) as value,
         sum(n)::DOUBLE as n, sum(scored)::DOUBLE as scored, sum(pos)::DOUBLE as pos, sum(neg)::DOUBLE as neg
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  group by all
)
select null::VARCHAR as key, value, n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high
from counts
order by n desc, value
