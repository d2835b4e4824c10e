-- The terms of the city's focus-group audience segments (and of any segment reacting to a
-- stimulus), by stimulus ('' = none) and group, with the segments using each: the words people
-- used about a stimulus are those frequent in its segments and rare in the others
-- (server/stimuli.ts, the log-odds of server/suggested-terms.ts). (segment_id, term) is unique in
-- segment_terms, so n counts segments.
select coalesce(s.stimulus, '') as stimulus, s.grp as "group", s.language, st.term, count(*)::INTEGER as n
from segments s join segment_terms st on st.segment_id = s.id
where s.city_id = $cityId and (s.kind = 'focus-group' or s.stimulus is not null) and not s.moderator
  and ($group is null or s.grp = $group)
  and ($from is null or s.date >= $from::TIMESTAMP)
  and ($to is null or s.date < $to::TIMESTAMP)
group by all
