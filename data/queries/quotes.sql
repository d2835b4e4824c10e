-- One page of the segments behind a figure, newest / strongest first, keyset-paginated on
-- (sort_key, id). Only the sort key is computed over the whole filtered set; text and source are
-- joined for the page's rows alone (a window count over every row cost seconds at 1M posts); the
-- total is counted on the first page only. Text search is case- and
-- accent-insensitive: $q arrives lowered, accent-stripped and with LIKE wildcards escaped.
-- $itemIds/$answer/$answerMin/$answerMax narrow to respondents who gave that closed answer.
with keyed as (
  select id, document_id,
         case $sort
           when 'date' then coalesce(epoch(date), 0)
           when 'strength' then abs(coalesce(sentiment, 0))
           when 'positive' then coalesce(sentiment, -2)
           when 'negative' then -coalesce(sentiment, 2)
         end::DOUBLE as sort_key
  from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age)
  where ($label is null or label = $label)
    and ($q is null or strip_accents(lower(text)) like '%' || $q || '%' escape '\')
    and ($itemIds::INTEGER[] is null or document_id in (
          select a.document_id from survey_answers a
          where list_contains($itemIds::INTEGER[], a.item_id)
            and ($answer::VARCHAR is null or a.value = $answer)
            and ($answerMin is null or a.num >= $answerMin)
            and ($answerMax is null or a.num <= $answerMax)))
),
page as (
  select * from keyed
  where $cursorKey is null or sort_key < $cursorKey or (sort_key = $cursorKey and id < $cursorId)
  order by sort_key desc, id desc
  limit $limit
)
select s.id::BIGINT::DOUBLE as id, s.text, s.sentiment, s.label, s.language, s.grp as "group", s.kind as source,
       strftime(s.date, '%Y-%m-%d') as date, s.question, s.speaker, s.document_id::DOUBLE as "documentId",
       src.file_name as "fileName", p.sort_key,
       case when $cursorKey is null then (select count(*) from keyed) end::INTEGER as total
from page p
join segments s on s.id = p.id
join documents d on d.id = p.document_id
join sources src on src.id = d.source_id
order by p.sort_key desc, p.id desc
