ALTER SEQUENCE public.s OWNED BY public.t.id;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.s'::regclass);
