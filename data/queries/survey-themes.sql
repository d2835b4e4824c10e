-- Open-text themes of survey respondents, overall and by the respondent's NPS category
-- (promoter 9–10, passive 7–8, detractor 0–6) on the first 0–10 item of their survey.
with nps as (
  select a.document_id,
         arg_min(case when a.num >= 9 then 'promoter' when a.num >= 7 then 'passive' else 'detractor' end, i.id) as category
  from survey_answers a join survey_items i on i.id = a.item_id
  where i.kind = 'nps' and a.num is not null
  group by a.document_id
),
seg as (
  select s.id, s.document_id, s.label, s.sentiment, s.themes
  from audience_segments($cityId, $group, 'survey', $from, $to, NULL, NULL, NULL, $role, $origin, $age) s
  where len(s.themes) > 0
),
tagged as (
  select unnest(seg.themes) as theme, seg.label, seg.sentiment, nps.category
  from seg left join nps on nps.document_id = seg.document_id
)
select theme, coalesce(category, 'all') as category, count(*)::INTEGER as n,
       round(net_points(count(*) filter (where label = 'positive')::DOUBLE, count(*) filter (where label = 'negative')::DOUBLE, count(sentiment)::DOUBLE), 1)::DOUBLE as net
from tagged
group by grouping sets ((theme, category), (theme))
having grouping(category) = 1 or category is not null
order by category, n desc
