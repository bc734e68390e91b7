DROP VIEW public.t;

CREATE TABLE public.t (
    id integer
);
