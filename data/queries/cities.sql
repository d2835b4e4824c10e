-- Document counts per city, source kind and audience group (brand texts as group 'brand').
-- Cities without documents come back once with null kind.
select c.name, c.country, d.kind as source, coalesce(d.grp, 'brand') as "group",
       count(d.id)::INTEGER as documents,
       (select count(*) from segments s where s.city_id = c.id)::INTEGER as city_segments
from cities c left join documents d on d.city_id = c.id
group by all
order by c.name, source, "group"
