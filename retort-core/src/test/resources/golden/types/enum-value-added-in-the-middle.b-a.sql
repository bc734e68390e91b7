ALTER TYPE public.mood RENAME TO mood__retort_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
-- hazards: data loss
DROP TYPE public.mood__retort_old;
