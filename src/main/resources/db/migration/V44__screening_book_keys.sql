-- A screened book joins the population without one row write per record on the way: INDEX keeps a chunk's keyed
-- hashes here (and in the indexing instance's memory), EVALUATE runs against memory, and the STORE step writes the
-- chunk into population_policy/population_person afterwards, then clears these columns.
ALTER TABLE screening_chunk
    ADD COLUMN book_keys     MEDIUMBLOB NULL,
    ADD COLUMN store_pending BOOLEAN    NOT NULL DEFAULT FALSE,
    ADD INDEX idx_screening_chunk_store (store_pending, id);
