CREATE TABLE public.t (
    id integer
);

ALTER SEQUENCE public.s OWNED BY public.t.id;
