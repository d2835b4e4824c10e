-- The segments behind a figure, newest / strongest first, with keyset pagination on
-- (sort_key, id). Text search is case- and accent-insensitive; $q arrives already lowered,
-- accent-stripped and with LIKE wildcards escaped.
with seg as (
  select * from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where ($label is null or label = $label)
    and ($q is null or strip_accents(lower(text)) like '%' || $q || '%' escape '\')
),
keyed as (
  select *,
         case $sort
           when 'date' then coalesce(epoch(date), 0)
           when 'strength' then abs(coalesce(sentiment, 0))
           when 'positive' then coalesce(sentiment, -2)
           when 'negative' then -coalesce(sentiment, 2)
         end::DOUBLE as sort_key,
         count(*) over () as total
  from seg
)
select k.id::BIGINT::DOUBLE as id, k.text, k.sentiment, k.label, k.language, k.grp as "group", k.kind as source,
       strftime(k.date, '%Y-%m-%d') as date, k.question, k.speaker, k.document_id::DOUBLE as "documentId",
       src.file_name as "fileName", k.sort_key, k.total::INTEGER as total
from keyed k
join documents d on d.id = k.document_id
join sources src on src.id = d.source_id
where $cursorKey is null or k.sort_key < $cursorKey or (k.sort_key = $cursorKey and k.id < $cursorId)
order by k.sort_key desc, k.id desc
limit $limit
