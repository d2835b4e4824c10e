-- The driving quotes of trend alerts in one pass: for each alert window w (a period starting on
-- $periods[w], of the trend's $interval, and its group $groups[w], 'all' = the route's), the $limit most
-- negative segments labelled negative under the route's filters, most negative first (the order
-- of /api/quotes?sort=negative). $from / $to span every window.
with windows as (
  select generate_subscripts($periods::VARCHAR[], 1) as w,
         unnest($periods::VARCHAR[])::DATE as period,
         unnest($groups::VARCHAR[]) as w_group
),
ranked as (
  select w.w, s.id,
         row_number() over (partition by w.w order by coalesce(s.sentiment, 2), s.id desc) as r
  from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age) s
  join windows w on w.period = date_trunc($interval, s.date)::DATE and (w.w_group = 'all' or s.grp = w.w_group)
  where s.label = 'negative'
)
select w::INTEGER as w, id::DOUBLE as id
from ranked
where r <= $limit
order by w, r
