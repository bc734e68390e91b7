-- hazards: new enum value: usable only after this transaction commits
-- runs and commits before the rest (PostgreSQL cannot use it in the same transaction)
ALTER TYPE public.mood ADD VALUE 'ok' AFTER 'sad';

ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'sad'::public.mood;
