ALTER SEQUENCE public.s OWNED BY public.t1.id;
