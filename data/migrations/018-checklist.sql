-- The analyst's assessment of each "Welcoming International Talent" checklist item (issue 19 item 5),
-- per city: a status that overrides the one the evidence gives (null keeps the evidence's) and a
-- note. One row per city and item (item ids are data/checklist/items.ts's); every change is also
-- written to the audit log by the route.
create table checklist_assessments (
  city_id    integer not null,
  item_id    varchar not null,
  status     varchar,                      -- green | amber | red | no_data, or null: the evidence's
  note       varchar not null default '',
  edited_by  varchar,
  edited_at  timestamp not null,
  primary key (city_id, item_id)
);
