-- Why a job FAILED (no personal data: which chunk or step, and the error's type), and when its upload last stored a
-- chunk, so an upload whose instance died is failed instead of staying RECEIVING for ever.
ALTER TABLE screening_job
    ADD COLUMN failure       VARCHAR(500) NULL,
    ADD COLUMN last_chunk_at TIMESTAMP(3) NULL;
