-- Term drift: per period of $interval (month, quarter, year), the share of segments using each of
-- $terms (k of n), with its Wilson 95% interval. $source 'brand' reads the brand texts, 'audience'
-- every other source; undated segments and moderator turns never count. A term matches as whole
-- words, case-insensitively: each text is lowered and every run of characters other than letters,
-- digits and marks becomes one space, and $keys holds each term written the same way and padded
-- with spaces (server/term-series.ts termKey), so a substring test finds whole words only.
with seg as (
  select date_trunc($interval, date)::DATE as period,
         ' ' || regexp_replace(lower(text), '[^\p{L}\p{N}\p{M}]+', ' ', 'g') || ' ' as words
  from segments
  where city_id = $cityId and not moderator and date is not null
    and (($source = 'brand' and kind = 'brand') or ($source = 'audience' and kind <> 'brand'))
    and ($group is null or grp = $group)
    and ($from is null or date >= $from::TIMESTAMP)
    and ($to is null or date < $to::TIMESTAMP)
),
terms as (
  select unnest($terms::VARCHAR[]) as term, unnest($keys::VARCHAR[]) as key
),
counts as (
  select s.period, t.term, count(*)::DOUBLE as n,
         (count(*) filter (where contains(s.words, t.key)))::DOUBLE as k
  from seg s cross join terms t
  group by all
)
select strftime(period, '%Y-%m-%d') as period, term, n::INTEGER as n, k::INTEGER as k,
       round(k / n, 4)::DOUBLE as share,
       round(wilson_low(k, n), 4)::DOUBLE as low,
       round(wilson_high(k, n), 4)::DOUBLE as high
from counts
order by period, term
