ALTER SEQUENCE public.s OWNED BY NONE;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;
