-- Counts segments into the segment facts (migration 007): those of city $cityId (null = any)
-- numbered after $after (0 = all). A file just ingested adds its own rows beside older rows of the
-- same key (queries sum them); a city rebuilt has its old rows deleted first.
insert into segment_facts
select city_id, kind, grp, date::DATE, language, role, origin, age_band, themes, value_ids,
       count(*), count(sentiment), count(*) filter (where label = 'positive'),
       count(*) filter (where label = 'negative'), coalesce(sum(round(sentiment * 1000)::BIGINT), 0),
       coalesce(sum(power(round(sentiment * 1000)::BIGINT, 2)::BIGINT), 0)
from segments
where ($cityId is null or city_id = $cityId) and id > $after and not moderator
group by all
