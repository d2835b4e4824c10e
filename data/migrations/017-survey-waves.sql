-- Survey waves (issue 19 item 4). A survey source has a wave: asked at upload and as --wave on
-- ingest, else the month of its responses (YYYY-MM, the month of its earliest response). Sources
-- stored before this migration take that default here.
alter table sources add column wave varchar;
update sources set wave = (select strftime(min(d.date), '%Y-%m') from documents d where d.source_id = sources.id)
where kind = 'survey';

-- Items of several waves are one item only when the analyst links them (DOMAIN.md: never by code;
-- matching question text only suggests a link). One row per linked item; link_id names the set:
-- the lowest item id in it. A set has at least two items; unlinking the second-last item
-- dissolves it. Who linked and when is also in the audit log (action survey.link / survey.unlink).
create table survey_item_links (
  item_id   integer primary key,
  link_id   integer not null,
  linked_by varchar,
  linked_at timestamp not null default current_timestamp
);
