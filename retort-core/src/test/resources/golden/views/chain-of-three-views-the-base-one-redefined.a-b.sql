DROP VIEW public.v3;

DROP VIEW public.v2;

DROP VIEW public.v1;

CREATE VIEW public.v1 AS
SELECT t.b,
    t.a
   FROM public.t;

CREATE VIEW public.v2 AS
SELECT v1.a,
    v1.b
   FROM public.v1;

CREATE VIEW public.v3 AS
SELECT v2.a
   FROM public.v2;
