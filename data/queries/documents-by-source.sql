-- Documents and segments per source kind and audience group (brand texts as 'brand').
with docs as (
  select d.id, d.kind, coalesce(d.grp, 'brand') as grp
  from documents d
  where d.city_id = $cityId
    and ($kind is null or d.kind = $kind)
    and ($group is null or d.grp = $group)
    and ($from is null or d.date >= $from::TIMESTAMP)
    and ($to is null or d.date < $to::TIMESTAMP)
),
segs as (
  select document_id, count(*) as n from segments where city_id = $cityId group by document_id
)
select docs.kind as source, docs.grp as "group",
       count(*)::INTEGER as documents, coalesce(sum(segs.n), 0)::INTEGER as segments
from docs left join segs on segs.document_id = docs.id
group by all
order by source, "group"
