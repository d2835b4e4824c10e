-- One page of the segments behind a figure, newest / strongest first, keyset-paginated on
-- (sort_key, id): their ids (quote-rows.sql reads the page's rows). Text search is case- and
-- accent-insensitive: $q arrives lowered, accent-stripped and with LIKE wildcards escaped.
-- $itemIds/$answer/$answerMin/$answerMax narrow to respondents who gave that closed answer;
-- $stay/$stage/$voice to speakers with those fields (migration 014).
-- $stimulus narrows to the turns reacting to one stimulus; $authenticity to segments judging
-- authenticity that way ('any' = either way) (migration 015); $word to segments using a word or
-- phrase as whole words, written as term-series.sql writes texts ($word = server/term-series.ts termKey).
-- Every branch below that a parameter rules out is removed when the query is planned, so each
-- request runs one plain path: the CTEs are not materialized for that reason.
with filtered as not materialized (
  select id, document_id, date, sentiment
  from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age,
                         p_stay := $stay, p_stage := $stage, p_voice := $voice)
  where ($label is null or label = $label)
    and ($q is null or strip_accents(lower(text)) like '%' || $q || '%' escape '\')
    and ($stimulus::VARCHAR is null or stimulus = $stimulus)
    and ($authenticity::VARCHAR is null or authenticity = $authenticity
         or ($authenticity = 'any' and authenticity is not null))
    -- $wordStart (the word's first word) keeps the rewrite off the texts that cannot match
    and ($word::VARCHAR is null or (contains(lower(text), $wordStart)
         and contains(' ' || regexp_replace(lower(text), '[^\p{L}\p{N}\p{M}]+', ' ', 'g') || ' ', $word)))
),
matching as not materialized (
  -- two branches rather than "$itemIds is null or document_id in (...)": a subquery under an OR
  -- stays in the plan and keeps the top-N below from skipping row groups
  select * from filtered where $itemIds::INTEGER[] is null
  union all
  select * from filtered
  where $itemIds::INTEGER[] is not null and document_id in (
          select a.document_id from survey_answers a
          where list_contains($itemIds::INTEGER[], a.item_id)
            and ($answer::VARCHAR is null or a.value = $answer)
            and ($answerMin is null or a.num >= $answerMin)
            and ($answerMax is null or a.num <= $answerMax))
),
-- Newest first orders by the date column itself, so DuckDB's top-N skips the row groups that
-- cannot reach the page (11 instead of 100 ms at a million posts). Its key is the date in epoch
-- seconds, undated segments last (key: one second before the year 1).
newest as (
  select id, document_id, coalesce(epoch(date), -62135596801)::DOUBLE as sort_key
  from matching
  where $sort = 'date'
    and ($cursorKey is null
         or date < make_timestamp(round($cursorKey::DOUBLE * 1000000)::BIGINT)
         or (date = make_timestamp(round($cursorKey::DOUBLE * 1000000)::BIGINT) and id < $cursorId)
         or (date is null and ($cursorKey > -62135596801 or id < $cursorId)))
  order by date desc nulls last, id desc
  limit $limit
),
-- The other orders rank a computed key over every matching segment.
strongest as (
  select id, document_id, sort_key
  from (select id, document_id,
               case $sort
                 when 'strength' then abs(coalesce(sentiment, 0))
                 when 'positive' then coalesce(sentiment, -2)
                 when 'negative' then -coalesce(sentiment, 2)
               end::DOUBLE as sort_key
        from matching
        where $sort <> 'date')
  where $cursorKey is null or sort_key < $cursorKey or (sort_key = $cursorKey and id < $cursorId)
  order by sort_key desc, id desc
  limit $limit
),
page as (select * from newest union all select * from strongest),
-- The total, on first pages ($withTotal): summed from the facts when only the shared
-- filters apply (they hold the same counts, tests/server/facts-ranges.property.test.ts), else
-- counted.
total as (
  select sum(n) as n
  from audience_totals($cityId, $group, $kind, $from, $to, $lang, $theme, $valueId, $role, $origin, $age,
                       p_stay := $stay, p_stage := $stage, p_voice := $voice)
  where $withTotal and $label is null and $q is null and $itemIds::INTEGER[] is null
    and $stimulus::VARCHAR is null and $authenticity::VARCHAR is null and $word::VARCHAR is null
  union all
  select count(*) as n
  from matching
  where $withTotal and not ($label is null and $q is null and $itemIds::INTEGER[] is null
                           and $stimulus::VARCHAR is null and $authenticity::VARCHAR is null and $word::VARCHAR is null)
)
select p.id::DOUBLE as id, p.sort_key,
       case when $withTotal then (select coalesce(sum(n), 0) from total) end::INTEGER as total
from page p
order by p.sort_key desc, p.id desc
