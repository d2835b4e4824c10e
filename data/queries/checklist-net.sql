-- A checklist item's net-sentiment evidence (issue 19 item 5): the audience segments (not brand
-- texts, not moderators) about ANY of $themes (a segment about two of them counts once), of
-- $group / $role / $kind where given, all dates. From the month facts, with the Bonett–Price
-- interval of migration 012.
with c as (
  select coalesce(sum(n), 0)::DOUBLE as n, coalesce(sum(scored), 0)::DOUBLE as scored,
         coalesce(sum(pos), 0)::DOUBLE as pos, coalesce(sum(neg), 0)::DOUBLE as neg
  from month_facts
  where city_id = $cityId and kind <> 'brand'
    and list_has_any(themes, $themes::VARCHAR[])
    and ($group is null or grp = $group)
    and ($role is null or role = $role)
    and ($kind is null or kind = $kind)
)
select n::INTEGER as n, scored::INTEGER as scored,
       round(net_points(pos, neg, scored), 1)::DOUBLE as net,
       round(net_low(pos, neg, scored), 1)::DOUBLE as low,
       round(net_high(pos, neg, scored), 1)::DOUBLE as high
from c
