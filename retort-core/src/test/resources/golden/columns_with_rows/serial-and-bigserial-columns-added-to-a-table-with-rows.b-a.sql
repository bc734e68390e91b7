-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN big DROP DEFAULT;

-- hazards: data loss
DROP SEQUENCE public.t_id_seq;

-- hazards: data loss
DROP SEQUENCE public.t_big_seq;

-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN id;
-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE public.t DROP COLUMN big;
