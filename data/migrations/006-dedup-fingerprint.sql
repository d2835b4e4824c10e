-- A 64-bit fingerprint of each document's dedup key (the same function runs in ingest/hash.ts):
-- finding which keys of a batch are already stored scans this fixed-width column instead of
-- every stored key's text, which at millions of documents took longer than the batch's analysis.
-- The keys themselves are still compared, so a fingerprint collision never drops a record.
alter table documents add column dedup_fp ubigint;
update documents set dedup_fp = md5_number_lower(dedup_key);
