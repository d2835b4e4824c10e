-- The two periods the theme movers compare (data/queries/theme-movers.sql): the last 3 full
-- calendar months of the filtered data, [anchor − 3 months, anchor), and the 3 months before.
-- anchor is the first day of the month after the last dated segment, pulled back to the start of
-- the month of $today (a running month is not full) and of $to (a month cut by the filter is not
-- either). Starts are clamped to $from, so each period is exactly what the quotes filters
-- `from`/`to` reproduce. Dates as ISO days, `to` exclusive; all null without a dated segment.
with latest as (
  select max(day)::TIMESTAMP as d
  from audience_facts($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
),
anchor as (
  -- least() skips nulls: without any dated segment there is no period at all
  select case when d is not null then least(
           date_trunc('month', d) + interval 1 month,
           date_trunc('month', $today::TIMESTAMP),
           date_trunc('month', coalesce($to::TIMESTAMP, $today::TIMESTAMP))
         ) end as t
  from latest
)
select strftime(greatest(t - interval 6 month, coalesce($from::TIMESTAMP, t - interval 6 month)), '%Y-%m-%d') as prev_from,
       strftime(t - interval 3 month, '%Y-%m-%d') as prev_to,
       strftime(greatest(t - interval 3 month, coalesce($from::TIMESTAMP, t - interval 3 month)), '%Y-%m-%d') as last_from,
       strftime(t, '%Y-%m-%d') as last_to
from anchor
