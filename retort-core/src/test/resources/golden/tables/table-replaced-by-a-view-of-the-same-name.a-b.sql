-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

CREATE VIEW public.t AS
SELECT src.id
   FROM public.src;
