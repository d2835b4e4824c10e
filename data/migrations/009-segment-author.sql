-- The author's fingerprint on each segment, md5_number_lower(documents.author_key) (null when the
-- document has no author), so the loud-few share counts segments per author without joining a
-- million documents on every request (3 times faster at a million posts). A fingerprint of the
-- pseudonym, not personal data; ingest computes the same value (ingest/hash.ts).
alter table segments add column author_fp ubigint;

update segments set author_fp = md5_number_lower(d.author_key)
from documents d
where d.id = segments.document_id and d.author_key is not null;
