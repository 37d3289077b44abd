-- Branch and agent codes are counted as written: 'bj01' and 'BJ01' are two keys in a chunk's tally, so the count
-- tables must not fold case (the default collation would make them one primary key and fail the chunk).
ALTER TABLE screening_chunk_count MODIFY dim_key VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE screening_total MODIFY dim_key VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
