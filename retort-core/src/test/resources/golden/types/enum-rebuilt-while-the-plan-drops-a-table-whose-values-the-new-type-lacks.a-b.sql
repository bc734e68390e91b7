-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.gone;

ALTER TYPE public.mood RENAME TO mood__retort_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
-- hazards: data loss, table rewrite, ACCESS EXCLUSIVE lock
ALTER TABLE public.keep ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
-- hazards: data loss
DROP TYPE public.mood__retort_old;
