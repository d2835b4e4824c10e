-- Per stimulus shown to the city's focus groups (migration 015) and per audience group (grp 'all'
-- = every group): n, net sentiment with its 95% interval (migration 012's macros), the shares of
-- mixed and negative segments among the scored ones with Wilson intervals, and the authenticity
-- share (authentic among the segments that judge authenticity). Moderator turns never count.
-- Read from segments, not the facts: only the few turns after a "[Shown: …]" marker carry a
-- stimulus, and the zone maps of a null column skip the rest.
with seg as (
  select stimulus, stimulus_label, grp, label, authenticity
  from segments
  where city_id = $cityId and stimulus is not null and not moderator
    and ($group is null or grp = $group)
    and ($from is null or date >= $from::TIMESTAMP)
    and ($to is null or date < $to::TIMESTAMP)
),
names as (
  -- a code names one stimulus of the city; its most frequent name is shown
  select stimulus, mode(stimulus_label) as label, count(*)::INTEGER as total from seg group by stimulus
),
counts as (
  select stimulus, case when grouping(grp) = 1 then 'all' else grp end as grp,
         count(*)::DOUBLE as n,
         count(label)::DOUBLE as scored,
         (count(*) filter (where label = 'positive'))::DOUBLE as pos,
         (count(*) filter (where label = 'negative'))::DOUBLE as neg,
         (count(*) filter (where label = 'mixed'))::DOUBLE as mixed,
         count(authenticity)::DOUBLE as judged,
         (count(*) filter (where authenticity = 'authentic'))::DOUBLE as authentic,
         (count(*) filter (where authenticity = 'inauthentic'))::DOUBLE as inauthentic
  from seg group by grouping sets ((stimulus, grp), (stimulus))
)
select c.stimulus, nm.label, c.grp as "group", c.n::INTEGER as n, c.scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high,
       c.mixed::INTEGER as mixed,
       round(c.mixed / nullif(c.scored, 0), 4)::DOUBLE as mixed_share,
       round(wilson_low(c.mixed, c.scored), 4)::DOUBLE as mixed_low,
       round(wilson_high(c.mixed, c.scored), 4)::DOUBLE as mixed_high,
       c.neg::INTEGER as negative,
       round(c.neg / nullif(c.scored, 0), 4)::DOUBLE as negative_share,
       round(wilson_low(c.neg, c.scored), 4)::DOUBLE as negative_low,
       round(wilson_high(c.neg, c.scored), 4)::DOUBLE as negative_high,
       c.judged::INTEGER as judged, c.authentic::INTEGER as authentic, c.inauthentic::INTEGER as inauthentic,
       round(c.authentic / nullif(c.judged, 0), 4)::DOUBLE as authentic_share,
       round(wilson_low(c.authentic, c.judged), 4)::DOUBLE as authentic_low,
       round(wilson_high(c.authentic, c.judged), 4)::DOUBLE as authentic_high
from counts c join names nm using (stimulus)
order by nm.total desc, c.stimulus, c.grp = 'all' desc, c.grp
