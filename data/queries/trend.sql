-- Time series of audience segments (summed from the segment facts) per period (week or month): n, net sentiment with its
-- interval, and the negative share, per group (grp 'all' = every group). A spike alert is a
-- period whose negative share exceeds the mean of the $baseline previous periods by $k standard
-- deviations (sd floored at 0.02 so a flat baseline does not alert on noise), with at least 3
-- baseline periods and $minN scored segments in the period (server/spikes.ts: with no period
-- judged, the pages say there is not enough history).
with seg as (
  -- months from the monthly rollup where the range holds them whole (a tenth of the rows)
  select date_trunc('month', span_start) as period, grp, n, scored, pos, neg, sum_ms
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where $interval = 'month' and span_start is not null
  union all
  select date_trunc($interval, day) as period, grp, n, scored, pos, neg, sum_ms
  from audience_facts($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where $interval <> 'month' and day is not null
),
counts as (
  select period, coalesce(grp, 'all') as grp,
         sum(n)::DOUBLE as n,
         sum(scored)::DOUBLE as scored,
         sum(pos)::DOUBLE as pos,
         sum(neg)::DOUBLE as neg,
         mean_from_sums(sum(sum_ms), sum(scored)) as mean
  from seg group by grouping sets ((period, grp), (period))
),
shares as (
  select *, neg / nullif(scored, 0) as negative_share from counts
),
baselines as (
  select *,
         avg(negative_share) over w as base_mean,
         stddev_samp(negative_share) over w as base_sd,
         count(negative_share) over w as base_periods
  from shares
  window w as (partition by grp order by period rows between $baseline preceding and 1 preceding)
)
select strftime(period, '%Y-%m-%d') as period, grp as "group", n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high,
       round(negative_share, 4)::DOUBLE as negative_share,
       round(mean, 3)::DOUBLE as mean,
       round(base_mean, 4)::DOUBLE as baseline_share,
       round(base_sd, 4)::DOUBLE as baseline_sd,
       base_periods::INTEGER as baseline_periods,
       coalesce(base_periods >= 3 and scored >= $minN
                and negative_share > base_mean + $k * greatest(coalesce(base_sd, 0), 0.02), false) as alert
from baselines
order by grp, period
