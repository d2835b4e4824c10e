-- How authentic the audience finds the brand (migration 015), per source kind, per stimulus and
-- per brand value: the segments (n), those judging authenticity (judged), authentic and
-- inauthentic, and the authentic share of the judged with its Wilson 95% interval. Brand texts
-- and moderator turns never count. Read from segments (the facts hold no authenticity): one scan
-- of a city's segments on five narrow columns.
with seg as (
  select kind, stimulus, value_ids, authenticity
  from segments
  where city_id = $cityId and kind <> 'brand' and not moderator
    and ($group is null or grp = $group)
    and ($kind is null or kind = $kind)
    and ($from is null or date >= $from::TIMESTAMP)
    and ($to is null or date < $to::TIMESTAMP)
),
keyed as (
  select 'source' as dim, kind as key, authenticity from seg
  union all
  select 'stimulus', stimulus, authenticity from seg where stimulus is not null
  union all
  select 'value', v.name, u.authenticity
  from (select unnest(value_ids) as value_id, authenticity from seg where len(value_ids) > 0) u
  join brand_values v on v.id = u.value_id
),
counts as (
  select dim, key, count(*)::DOUBLE as n, count(authenticity)::DOUBLE as judged,
         (count(*) filter (where authenticity = 'authentic'))::DOUBLE as authentic,
         (count(*) filter (where authenticity = 'inauthentic'))::DOUBLE as inauthentic
  from keyed group by dim, key
)
select dim, key, n::INTEGER as n, judged::INTEGER as judged, authentic::INTEGER as authentic,
       inauthentic::INTEGER as inauthentic,
       round(authentic / nullif(judged, 0), 4)::DOUBLE as share,
       round(wilson_low(authentic, judged), 4)::DOUBLE as low,
       round(wilson_high(authentic, judged), 4)::DOUBLE as high
from counts
order by dim, judged desc, key
