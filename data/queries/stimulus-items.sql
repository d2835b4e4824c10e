-- Closed survey items whose question names a stimulus ("[Shown: S2 "Harbour poster"] How much do
-- you like this image?"), per audience group (grp 'all' = every group): respondents (n), mean, and
-- for Likert items the top-2-box share with its Wilson 95% interval. Items whose text holds no "["
-- are left out here; server/routes/stimuli.ts reads the marker from the text of the rest.
with ans as (
  select i.id as item_id, i.key, i.text, i.kind, i.scale_min, i.scale_max, a.num, d.grp
  from survey_items i
  join sources s on s.id = i.source_id
  join survey_answers a on a.item_id = i.id
  join documents d on d.id = a.document_id
  where s.city_id = $cityId and strpos(i.text, '[') > 0 and i.kind in ('likert', 'nps', 'numeric')
    and ($group is null or d.grp = $group)
    and ($from is null or d.date >= $from::TIMESTAMP)
    and ($to is null or d.date < $to::TIMESTAMP)
),
counts as (
  select item_id, any_value(key) as key, any_value(text) as text, any_value(kind) as kind,
         any_value(scale_min) as scale_min, any_value(scale_max) as scale_max,
         case when grouping(grp) = 1 then 'all' else grp end as grp,
         count(num)::DOUBLE as n, avg(num) as mean,
         (count(*) filter (where kind = 'likert' and num >= scale_max - 1))::DOUBLE as top2
  from ans group by grouping sets ((item_id, grp), (item_id))
)
select item_id::INTEGER as item_id, key, text, kind, scale_min::INTEGER as scale_min, scale_max::INTEGER as scale_max,
       grp as "group", n::INTEGER as n, round(mean, 2)::DOUBLE as mean, top2::INTEGER as top2,
       round(top2 / nullif(n, 0), 4)::DOUBLE as top2_share,
       round(wilson_low(top2, n), 4)::DOUBLE as top2_low,
       round(wilson_high(top2, n), 4)::DOUBLE as top2_high
from counts
order by item_id, grp = 'all' desc, grp
