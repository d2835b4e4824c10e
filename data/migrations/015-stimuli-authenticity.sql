-- Campaign evaluation (issue 19): what a focus group was shown, and how authentic people find the
-- brand. Both are read only for the few segments that carry them (focus-group turns after a
-- "[Shown: S2 "Harbour poster"]" marker; segments whose words judge authenticity), so the routes
-- read segments directly instead of a facts table: a city's segments are filtered on columns that
-- are null for nearly every row.
--
-- stimulus / stimulus_label: the code ("S2") and the name ("Harbour poster") of what was shown;
-- every turn after a marker carries it until the next marker. Moderator turns carry it too (they
-- are stored) and are left out of every figure, as everywhere.
alter table segments add column stimulus varchar;
alter table segments add column stimulus_label varchar;
-- authenticity: 'authentic' | 'inauthentic' | null (no judgement of authenticity in the segment),
-- from the per-language lexicon in data/authenticity/*.json (ingest/analysis/authenticity.ts).
-- Segments stored before this migration stay null until their city's segments are re-annotated
-- (npm run values / PUT /api/cities/:city/values rescores them).
alter table segments add column authenticity varchar;
