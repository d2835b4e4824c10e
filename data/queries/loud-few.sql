-- Honesty for social sources: the share of social segments written by the most active 1% of
-- authors (at least one author), under the route's filters; none when the view is of another source.
with seg as (
  select s.author_fp
  from audience_segments($cityId, $group, 'social', $from, $to, $lang, $theme, $valueId, $role, $origin, $age) s
  where s.author_fp is not null and ($kind is null or $kind = 'social')
),
per_author as (select author_fp, count(*) as n from seg group by author_fp),
ranked as (select n, row_number() over (order by n desc) as r, count(*) over () as authors from per_author)
select coalesce(max(authors), 0)::INTEGER as authors, coalesce(sum(n), 0)::INTEGER as segments,
       greatest(1, ceil(coalesce(max(authors), 0) * 0.01))::INTEGER as top_authors,
       round(sum(n) filter (where r <= greatest(1, ceil(authors * 0.01)))::DOUBLE / nullif(sum(n), 0), 4)::DOUBLE as top1_share
from ranked
