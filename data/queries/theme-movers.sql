-- Theme movers (OverviewResponse.movers): per theme, n, share of segments and net sentiment in the
-- previous and the latest period (bounds from theme-movers-period.sql, `to` exclusive) and the
-- change in points, summed from the segment facts. The bounds arrive as parameters so the date filter reaches the table scan
-- (at a million posts that is 0.1 s instead of 0.9 s). One row per theme seen in either period.
with sided as (
  select case when day >= $lastFrom::DATE then 'last' else 'prev' end as side, n, scored, pos, neg, themes
  from audience_facts($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where day >= $prevFrom::DATE and day < $lastTo::DATE
    and (day >= $lastFrom::DATE or day < $prevTo::DATE)
),
totals as (
  select side, sum(n)::DOUBLE as total from sided group by side
),
counts as (
  select theme, side,
         sum(n)::DOUBLE as n,
         sum(scored)::DOUBLE as scored,
         sum(pos)::DOUBLE as pos,
         sum(neg)::DOUBLE as neg
  from (select unnest(themes) as theme, side, n, scored, pos, neg from sided)
  group by theme, side
),
figures as (
  select c.theme, c.side, c.n, c.scored, c.n / t.total as share,
         net_points(pos, neg, scored) as net, net_low(pos, neg, scored) as low, net_high(pos, neg, scored) as high
  from counts c join totals t using (side)
),
themes as (select distinct theme from figures)
select th.theme,
       coalesce(p.n, 0)::INTEGER as prev_n, coalesce(p.scored, 0)::INTEGER as prev_scored,
       round(coalesce(p.share, 0), 4)::DOUBLE as prev_share,
       round(p.net, 1)::DOUBLE as prev_net, round(p.low, 1)::DOUBLE as prev_low, round(p.high, 1)::DOUBLE as prev_high,
       coalesce(l.n, 0)::INTEGER as last_n, coalesce(l.scored, 0)::INTEGER as last_scored,
       round(coalesce(l.share, 0), 4)::DOUBLE as last_share,
       round(l.net, 1)::DOUBLE as last_net, round(l.low, 1)::DOUBLE as last_low, round(l.high, 1)::DOUBLE as last_high,
       -- from the unrounded nets, so the change is not off by a rounding step
       round(l.net - p.net, 1)::DOUBLE as change,
       round(100 * (coalesce(l.share, 0) - coalesce(p.share, 0)), 1)::DOUBLE as share_change
from themes th
left join figures p on p.theme = th.theme and p.side = 'prev'
left join figures l on l.theme = th.theme and l.side = 'last'
order by th.theme
