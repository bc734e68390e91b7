DROP VIEW public.v;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

CREATE VIEW public.t AS
SELECT base.id,
    base.name
   FROM public.base;

CREATE VIEW public.v AS
SELECT t.id,
    t.name
   FROM public.t;
