-- Time series of audience segments per period (week or month): n, net sentiment with its
-- interval, and the negative share, per group (grp 'all' = every group).
with seg as (
  select date_trunc($interval, date) as period, grp, sentiment, label
  from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where date is not null
),
counts as (
  select period, coalesce(grp, 'all') as grp,
         count(*)::DOUBLE as n,
         count(sentiment)::DOUBLE as scored,
         count(*) filter (where label = 'positive')::DOUBLE as pos,
         count(*) filter (where label = 'negative')::DOUBLE as neg,
         avg(sentiment) as mean
  from seg group by grouping sets ((period, grp), (period))
)
select strftime(period, '%Y-%m-%d') as period, grp as "group", n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(greatest(net_points(pos, neg, scored) - net_halfwidth(pos, neg, scored), -100), 1)::DOUBLE as low,
       round(least(net_points(pos, neg, scored) + net_halfwidth(pos, neg, scored), 100), 1)::DOUBLE as high,
       round(neg / nullif(scored, 0), 4)::DOUBLE as negative_share,
       round(mean, 3)::DOUBLE as mean
from counts
order by grp, period
