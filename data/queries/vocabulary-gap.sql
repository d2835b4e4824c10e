-- Vocabulary gap per brand value: the terms of brand segments naming the value beside the terms
-- of each audience group's segments naming it (top $top each, by the number of segments).
with vals as (
  select id, name, position from brand_values where city_id = $cityId
),
brand_terms as (
  select s.value_id, 'brand' as side, st.term, count(distinct s.id) as n
  from (select id, unnest(value_ids) as value_id from segments where city_id = $cityId and kind = 'brand') s
  join segment_terms st on st.segment_id = s.id
  group by all
),
audience_terms as (
  select seg.value_id, seg.grp as side, st.term, count(distinct seg.id) as n
  from (select id, grp, unnest(value_ids) as value_id
        from audience_segments($cityId, $group, $kind, $from, $to, $lang, $theme, NULL, $role, $origin, $age)
        where len(value_ids) > 0) seg
  join segment_terms st on st.segment_id = seg.id
  group by all
),
ranked as (
  select *, row_number() over (partition by value_id, side order by n desc, term) as r
  from (select * from brand_terms union all select * from audience_terms)
)
select v.name as value, r.side, list(r.term order by r.r) as terms, list(r.n::INTEGER order by r.r) as counts
from ranked r join vals v on v.id = r.value_id
where r.r <= $top
group by v.name, v.position, r.side
order by v.position, r.side
