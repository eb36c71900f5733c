-- Idempotency keys are scoped to the caller's sub as well (api.md): another caller reusing a key
-- gets nothing of the first answer. Keys stored before sign-in existed belong to no one ('').
ALTER TABLE idempotency_key ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (subject, method, path, idempotency_key);
