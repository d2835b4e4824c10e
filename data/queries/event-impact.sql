-- One event's before/after comparison: the audience segments of the window before the event
-- [$beforeFrom, $eventDate) and of the window after it [$eventDate, $afterTo), each with n, net
-- sentiment and its 95% interval (migration 012), and the change after − before with its interval
-- (migration 019's net_diff_* macros: independent samples, variances added). Summed from the facts.
with win as (
  select 'before' as win, n, scored, pos, neg
  from audience_totals($cityId, $group, null, $beforeFrom, $eventDate, null, $theme, null, null, null, null)
  union all
  select 'after' as win, n, scored, pos, neg
  from audience_totals($cityId, $group, null, $eventDate, $afterTo, null, $theme, null, null, null, null)
),
counts as (
  select w.win, coalesce(sum(n), 0)::DOUBLE as n, coalesce(sum(scored), 0)::DOUBLE as scored,
         coalesce(sum(pos), 0)::DOUBLE as pos, coalesce(sum(neg), 0)::DOUBLE as neg
  from (values ('before'), ('after')) w(win) left join win using (win)
  group by w.win
),
b as (select * from counts where win = 'before'),
a as (select * from counts where win = 'after')
select b.n::INTEGER as before_n, b.scored::INTEGER as before_scored,
       round(net_points(b.pos, b.neg, b.scored), 1)::DOUBLE as before_net,
       round(net_low(b.pos, b.neg, b.scored), 1)::DOUBLE as before_low,
       round(net_high(b.pos, b.neg, b.scored), 1)::DOUBLE as before_high,
       a.n::INTEGER as after_n, a.scored::INTEGER as after_scored,
       round(net_points(a.pos, a.neg, a.scored), 1)::DOUBLE as after_net,
       round(net_low(a.pos, a.neg, a.scored), 1)::DOUBLE as after_low,
       round(net_high(a.pos, a.neg, a.scored), 1)::DOUBLE as after_high,
       round(net_points(a.pos, a.neg, a.scored) - net_points(b.pos, b.neg, b.scored), 1)::DOUBLE as change,
       round(net_diff_low(a.pos, a.neg, a.scored, b.pos, b.neg, b.scored), 1)::DOUBLE as change_low,
       round(net_diff_high(a.pos, a.neg, a.scored, b.pos, b.neg, b.scored), 1)::DOUBLE as change_high
from a, b
