-- Per closed survey item (key: its id) and value of the breakdown axis $by, over respondents
-- (documents): n, and the item's net with its 95% interval (migration 012) — for a Likert item
-- top-2-box minus bottom-2-box share (net agreement), for a 0–10 recommend item the NPS; other
-- kinds have no net. Both are differences of two cells of one sample, as net sentiment is.
with ans as (
  select i.id as item_id, i.kind, i.scale_min, i.scale_max, a.document_id, a.num,
         axis_value($by, d.grp, d.origin, d.role, d.stay, d.stage, d.voice) as value
  from survey_items i
  join sources s on s.id = i.source_id
  join survey_answers a on a.item_id = i.id
  join documents d on d.id = a.document_id
  where s.city_id = $cityId
    and respondent_match(d.grp, d.date, d.role, d.origin, d.attrs, $group, $from, $to, $role, $origin, $age)
),
counts as (
  select item_id, value, any_value(kind) as kind,
         count(distinct document_id)::DOUBLE as n,
         (count(*) filter (where (kind = 'likert' and num >= scale_max - 1) or (kind = 'nps' and num >= 9)))::DOUBLE as plus,
         (count(*) filter (where (kind = 'likert' and num <= scale_min + 1) or (kind = 'nps' and num <= 6)))::DOUBLE as minus
  from ans group by item_id, value
)
select item_id::VARCHAR as key, value, n::INTEGER as n, n::INTEGER as scored,
       case when kind in ('likert', 'nps') then round(net_points(plus, minus, n), 1) end::DOUBLE as net,
       case when kind in ('likert', 'nps') then round(net_low(plus, minus, n), 1) end::DOUBLE as low,
       case when kind in ('likert', 'nps') then round(net_high(plus, minus, n), 1) end::DOUBLE as high
from counts
order by item_id, n desc, value
