-- Vocabulary gap per brand value: the terms of brand segments naming the value beside the terms
-- of each audience group's segments naming it (top $top each, by the number of segments), from
-- the term facts (migration 008).
with vals as (
  select id, name, position from brand_values where city_id = $cityId
),
brand_terms as (
  select unnest(value_ids) as value_id, 'brand' as side, term, n
  from term_facts
  where city_id = $cityId and kind = 'brand' and len(value_ids) > 0
),
group_terms as (
  select unnest(value_ids) as value_id, grp as side, term, n
  from audience_terms($cityId, $group, $kind, $from, $to, $lang, $theme, NULL, $role, $origin, $age)
  where len(value_ids) > 0
),
ranked as (
  select value_id, side, term, n, row_number() over (partition by value_id, side order by n desc, term) as r
  from (select value_id, side, term, sum(n) as n
        from (select * from brand_terms union all select * from group_terms)
        group by all)
)
select v.name as value, r.side, list(r.term order by r.r) as terms, list(r.n::INTEGER order by r.r) as counts
from ranked r join vals v on v.id = r.value_id
where r.r <= $top
group by v.name, v.position, r.side
order by v.position, r.side
