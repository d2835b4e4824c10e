-- Rebuilds one city's segment facts (migration 007) from its segments; the caller deletes the
-- city's old facts first, in the same transaction.
insert into segment_facts
select city_id, kind, grp, date::DATE, language, role, origin, age_band, themes, value_ids,
       count(*), count(sentiment), count(*) filter (where label = 'positive'),
       count(*) filter (where label = 'negative'), coalesce(sum(round(sentiment * 1000)::BIGINT), 0),
       coalesce(sum(power(round(sentiment * 1000)::BIGINT, 2)::BIGINT), 0)
from segments
where city_id = $cityId and not moderator
group by all
