-- Term drift: per period of $interval (month, quarter, year), the share of segments using each of
-- $terms (k of n), with its Wilson 95% interval. $source 'brand' reads the brand texts, 'audience'
-- every other source; undated segments and moderator turns never count. A term matches as whole
-- words, case-insensitively: each text is lowered and every run of characters other than letters,
-- digits and marks becomes one space, and $keys holds each term written the same way and padded
-- with spaces (server/term-series.ts termKey), so a substring test finds whole words only.
-- $needles holds each term's first word: only texts that contain it are rewritten, which keeps the
-- regular expression off nearly every segment.
with seg as materialized (
  select date_trunc($interval, date)::DATE as period, text
  from segments
  where city_id = $cityId and not moderator and date is not null
    and (($source = 'brand' and kind = 'brand') or ($source = 'audience' and kind <> 'brand'))
    and ($group is null or grp = $group)
    and ($from is null or date >= $from::TIMESTAMP)
    and ($to is null or date < $to::TIMESTAMP)
),
terms as (
  select unnest($terms::VARCHAR[]) as term, unnest($keys::VARCHAR[]) as key, unnest($needles::VARCHAR[]) as needle
),
totals as (
  select period, count(*)::DOUBLE as n from seg group by period
),
candidates as (
  -- segments containing any term's first word, anywhere: rewritten once each
  select period, ' ' || regexp_replace(lower(text), '[^\p{L}\p{N}\p{M}]+', ' ', 'g') || ' ' as words
  from seg
  where list_bool_or(list_transform($needles::VARCHAR[], lambda w: contains(lower(text), w)))
),
hits as (
  select c.period, t.term, count(*)::DOUBLE as k
  from candidates c join terms t on contains(c.words, t.key)
  group by all
)
select strftime(s.period, '%Y-%m-%d') as period, t.term, s.n::INTEGER as n, coalesce(h.k, 0)::INTEGER as k,
       round(coalesce(h.k, 0) / s.n, 4)::DOUBLE as share,
       round(wilson_low(coalesce(h.k, 0), s.n), 4)::DOUBLE as low,
       round(wilson_high(coalesce(h.k, 0), s.n), 4)::DOUBLE as high
from totals s cross join terms t
left join hits h on h.period = s.period and h.term = t.term
order by period, term
