-- Closed survey items of a city per audience group (grp 'all' = every group): n, mean,
-- top-2-box and bottom-2-box shares with Wilson intervals, NPS parts for 0–10 items, and the
-- distribution of answers. A multiple-choice item counts respondents, not ticks. One row per
-- survey item (its source file and question) and group: items of different files are never merged,
-- whatever their codes. item_ids: [the item's id] (the `item` of /api/quotes, for the quotes behind a bar).
with ans as (
  select i.id as item_id, i.source_id, s.file_name, i.key, i.text, i.kind, i.scale_min, i.scale_max, i.labels, a.document_id, a.value, a.num, d.grp
  from survey_items i
  join sources s on s.id = i.source_id
  join survey_answers a on a.item_id = i.id
  join documents d on d.id = a.document_id
  where s.city_id = $cityId
    and respondent_match(d.grp, d.date, d.role, d.origin, d.attrs, $group, $from, $to, $role, $origin, $age)
),
per_item as (
  select item_id, any_value(source_id) as source_id, any_value(file_name) as file_name, any_value(key) as key,
         any_value(text) as text, any_value(kind) as kind, any_value(scale_min) as scale_min,
         any_value(scale_max) as scale_max, any_value(labels) as labels, coalesce(grp, 'all') as grp,
         count(distinct document_id)::DOUBLE as n,
         avg(num) as mean,
         count(*) filter (where kind = 'likert' and num >= scale_max - 1)::DOUBLE as top2,
         count(*) filter (where kind = 'likert' and num <= scale_min + 1)::DOUBLE as bottom2,
         count(*) filter (where kind = 'nps' and num >= 9)::DOUBLE as promoters,
         count(*) filter (where kind = 'nps' and num <= 6)::DOUBLE as detractors
  from ans group by grouping sets ((item_id, grp), (item_id))
),
dist as (
  select item_id, grp, list({ 'value': value, 'num': num, 'n': n::INTEGER } order by num nulls last, value) as distribution
  from (
    select item_id, coalesce(grp, 'all') as grp, value, any_value(num) as num, count(*) as n
    from ans group by grouping sets ((item_id, grp, value), (item_id, value))
  ) group by item_id, grp
)
select p.item_id::INTEGER as item_id, p.source_id::INTEGER as source_id, p.file_name as source, p.key, p.text, p.kind, p.scale_min, p.scale_max, p.labels, p.grp as "group", p.n::INTEGER as n,
       round(p.mean, 2)::DOUBLE as mean,
       case when p.kind = 'likert' then round(p.top2 / p.n, 4) end::DOUBLE as top2,
       case when p.kind = 'likert' then round(wilson_low(p.top2, p.n), 4) end::DOUBLE as top2_low,
       case when p.kind = 'likert' then round(wilson_high(p.top2, p.n), 4) end::DOUBLE as top2_high,
       case when p.kind = 'likert' then round(p.bottom2 / p.n, 4) end::DOUBLE as bottom2,
       case when p.kind = 'likert' then round(wilson_low(p.bottom2, p.n), 4) end::DOUBLE as bottom2_low,
       case when p.kind = 'likert' then round(wilson_high(p.bottom2, p.n), 4) end::DOUBLE as bottom2_high,
       case when p.kind = 'nps' then round(net_points(p.promoters, p.detractors, p.n), 1) end::DOUBLE as nps,
       case when p.kind = 'nps' then round(net_low(p.promoters, p.detractors, p.n), 1) end::DOUBLE as nps_low,
       case when p.kind = 'nps' then round(net_high(p.promoters, p.detractors, p.n), 1) end::DOUBLE as nps_high,
       case when p.kind = 'nps' then round(p.promoters / p.n, 4) end::DOUBLE as promoters,
       case when p.kind = 'nps' then round(p.detractors / p.n, 4) end::DOUBLE as detractors,
       d.distribution, [p.item_id::INTEGER] as item_ids
from per_item p join dist d on d.item_id = p.item_id and d.grp = p.grp
order by p.source_id, p.item_id, p.grp
