-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

DROP ACCESS METHOD heap2;
