-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

DROP COLLATION public.case_insensitive;
