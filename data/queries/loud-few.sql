-- Honesty for social sources: the share of social segments written by the most active 1% of
-- authors (at least one author), under the route's filters; none when the view is of another source.
-- Ties at the cut do not matter: the top k counts sum the same whichever tied author is taken.
with seg as (
  select s.author_fp
  from audience_segments($cityId, $group, 'social', $from, $to, $lang, $theme, $valueId, $role, $origin, $age) s
  where s.author_fp is not null and ($kind is null or $kind = 'social')
),
per_author as (select count(*) as n from seg group by author_fp),
size as (select count(*) as authors, coalesce(sum(n), 0) as segments, greatest(1, ceil(count(*) * 0.01))::BIGINT as k from per_author),
top as (select n from per_author order by n desc limit (select k from size))
select authors::INTEGER as authors, segments::INTEGER as segments, k::INTEGER as top_authors,
       round((select sum(n) from top)::DOUBLE / nullif(segments, 0), 4)::DOUBLE as top1_share
from size
