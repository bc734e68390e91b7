CREATE TABLE public.t (
    a integer,
    b integer
);

CREATE STATISTICS public.t_ab ON a, b FROM public.t;
