-- Suggested new lexicon terms: phrases frequent in the city's audience text whose segments no
-- theme and no brand value covers (multi-word phrases first among equals).
with seg as (
  select s.id from audience_segments($cityId, $group, $kind, $from, $to, $lang, NULL, NULL, $role, $origin, $age) s
  where len(s.themes) = 0 and len(s.value_ids) = 0
)
select st.term, count(distinct st.segment_id)::INTEGER as n
from seg join segment_terms st on st.segment_id = seg.id
group by st.term
having count(distinct st.segment_id) >= $minCount
order by n desc, length(st.term) - length(replace(st.term, ' ', '')) desc, st.term
limit $top
