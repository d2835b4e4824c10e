-- Matched theme and value terms of some segments, offsets into each segment's text.
select t.segment_id::DOUBLE as segment_id, 'theme' as kind, t.theme as id, t.term, t.start_offset as start, t.end_offset as "end"
from segment_themes t where t.segment_id in (select unnest($ids::BIGINT[]))
union all
select v.segment_id::DOUBLE, 'value', bv.name, v.term, v.start_offset, v.end_offset
from segment_values v join brand_values bv on bv.id = v.value_id
where v.segment_id in (select unnest($ids::BIGINT[]))
order by segment_id, start
