-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;
