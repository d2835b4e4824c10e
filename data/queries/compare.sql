-- Per compared city: themes (or a preset's dimensions) with n, share of the city's own audience
-- segments (so cities of different sizes compare), and net sentiment with its interval.
-- $themes/$dimensions are parallel lists mapping theme → dimension.
with mapping as (
  select unnest($themes::VARCHAR[]) as theme, unnest($dimensions::VARCHAR[]) as dimension
),
seg as (
  select s.id, s.city_id, s.sentiment, s.label, s.themes
  from segments s
  where list_contains($cityIds, s.city_id) and s.kind <> 'brand' and not s.moderator
    and ($group is null or s.grp = $group)
    and ($kind is null or s.kind = $kind)
    and ($from is null or s.date >= $from::TIMESTAMP)
    and ($to is null or s.date < $to::TIMESTAMP)
),
totals as (select city_id, count(*)::DOUBLE as total from seg group by city_id),
tagged as (
  -- a segment counts once per dimension, however many of its themes map there
  select distinct m.dimension, seg.id, seg.city_id, seg.sentiment, seg.label
  from (select id, city_id, sentiment, label, unnest(themes) as theme from seg) seg
  join mapping m on m.theme = seg.theme
),
counts as (
  select city_id, dimension, count(*)::DOUBLE as n, count(sentiment)::DOUBLE as scored,
         count(*) filter (where label = 'positive')::DOUBLE as pos,
         count(*) filter (where label = 'negative')::DOUBLE as neg, avg(sentiment) as mean
  from tagged group by all
)
select ci.name as city, c.dimension, c.n::INTEGER as n, c.scored::INTEGER as scored,
       round(c.n / t.total, 4)::DOUBLE as share,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high,
       round(c.mean, 3)::DOUBLE as mean
from counts c join totals t using (city_id) join cities ci on ci.id = c.city_id
order by ci.name, c.n desc
