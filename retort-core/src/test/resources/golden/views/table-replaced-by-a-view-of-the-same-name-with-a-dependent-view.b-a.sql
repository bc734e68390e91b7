DROP VIEW public.v;

DROP VIEW public.t;

CREATE TABLE public.t (
    id integer,
    name text
);

CREATE VIEW public.v AS
SELECT t.id,
    t.name
   FROM public.t;
