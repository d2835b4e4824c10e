-- Per linked survey item (survey_item_links, migration 017) and wave: the counts the wave
-- comparison needs (server/wave-intervals.ts computes the changes): n respondents, top-2-box
-- count, mean and sample standard deviation of the score, NPS promoters and detractors. Only
-- items the analyst linked appear, their waves in the order of their first response; an item's wave is its source's (default the month of its responses).
with first_month as (
  select source_id, strftime(min(date), '%Y-%m') as month, min(date) as first_date from documents group by source_id
),
ans as (
  select l.link_id, i.id as item_id, i.source_id, s.file_name,
         coalesce(s.wave, m.month, 'unknown') as wave,
         coalesce(m.first_date, s.created_at) as first_date,
         i.key, i.text, i.kind, i.scale_min, i.scale_max, a.document_id, a.num
  from survey_item_links l
  join survey_items i on i.id = l.item_id
  join sources s on s.id = i.source_id
  left join first_month m on m.source_id = s.id
  join survey_answers a on a.item_id = i.id
  join documents d on d.id = a.document_id
  where s.city_id = $cityId
    and respondent_match(d.grp, d.date, d.role, d.origin, d.attrs, $group, $from, $to, $role, $origin, $age)
)
select link_id::INTEGER as link_id, item_id::INTEGER as item_id, any_value(source_id)::INTEGER as source_id,
       any_value(file_name) as source, any_value(wave) as wave, any_value(key) as key, any_value(text) as text,
       any_value(kind) as kind,
       count(distinct document_id)::INTEGER as n,
       (count(*) filter (where kind = 'likert' and num >= scale_max - 1))::INTEGER as top2,
       avg(num)::DOUBLE as mean,
       stddev_samp(num)::DOUBLE as sd,
       (count(*) filter (where kind = 'nps' and num >= 9))::INTEGER as promoters,
       (count(*) filter (where kind = 'nps' and num <= 6))::INTEGER as detractors
from ans
group by link_id, item_id
-- waves in the order they were asked: by their first response, whatever their labels
order by link_id, min(first_date), wave, item_id
