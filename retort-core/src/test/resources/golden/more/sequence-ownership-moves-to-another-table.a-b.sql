ALTER SEQUENCE public.s OWNED BY public.t2.id;
