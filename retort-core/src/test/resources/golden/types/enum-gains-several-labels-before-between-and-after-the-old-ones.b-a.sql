ALTER TYPE public.level RENAME TO level__retort_old;
CREATE TYPE public.level AS ENUM ('mid');
-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN l TYPE public.level USING l::text::public.level;
-- hazards: data loss
DROP TYPE public.level__retort_old;
