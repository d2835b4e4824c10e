-- Per theme (and 'unclassified'), per audience group: n, share of the group's segments, net
-- sentiment with its 95% interval, mean score. grp = 'all' is every group together. Summed
-- from the facts (migrations 007, 008): each facts row stands for n segments.
with seg as (
  -- summed per list of themes first: 1,500 rows to unnest instead of 86k at 2.7M segments
  select grp, themes, sum(n) as n, sum(scored) as scored, sum(pos) as pos, sum(neg) as neg,
         sum(sum_ms) as sum_ms, sum(sum_ms2) as sum_ms2
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  group by grp, themes
),
tagged as (
  select unnest(themes) as theme, grp, n, scored, pos, neg, sum_ms, sum_ms2 from seg
  union all
  select 'unclassified' as theme, grp, n, scored, pos, neg, sum_ms, sum_ms2 from seg where len(themes) = 0
),
totals as (
  select coalesce(grp, 'all') as grp, sum(n)::DOUBLE as total
  from seg group by grouping sets ((grp), ())
),
counts as (
  select theme, coalesce(grp, 'all') as grp,
         sum(n)::DOUBLE as n,
         sum(scored)::DOUBLE as scored,
         sum(pos)::DOUBLE as pos,
         sum(neg)::DOUBLE as neg,
         mean_from_sums(sum(sum_ms), sum(scored)) as mean,
         sd_from_sums(sum(sum_ms), sum(sum_ms2), sum(scored)) as sd
  from tagged group by grouping sets ((theme, grp), (theme))
)
select c.theme, c.grp as "group", c.n::INTEGER as n, c.scored::INTEGER as scored,
       round(c.n / t.total, 4)::DOUBLE as share,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high,
       round(c.mean, 3)::DOUBLE as mean,
       -- the mean score's 95% interval: mean ± 1.96·sd/√scored
       round(c.mean - 1.96 * c.sd / sqrt(c.scored), 3)::DOUBLE as mean_low,
       round(c.mean + 1.96 * c.sd / sqrt(c.scored), 3)::DOUBLE as mean_high
from counts c join totals t using (grp)
order by c.grp, c.n desc, c.theme
