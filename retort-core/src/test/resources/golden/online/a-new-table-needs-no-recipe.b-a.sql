-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.c DROP CONSTRAINT c_p_id_fkey;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.c;
