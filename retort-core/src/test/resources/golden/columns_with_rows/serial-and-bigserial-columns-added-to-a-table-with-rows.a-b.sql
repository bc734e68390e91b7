-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN id integer;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN big bigint;

CREATE SEQUENCE public.t_big_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE OWNED BY public.t.big;

CREATE SEQUENCE public.t_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE OWNED BY public.t.id;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN big SET DEFAULT nextval('public.t_big_seq'::regclass);
-- hazards: ACCESS EXCLUSIVE lock
UPDATE public.t SET big = DEFAULT;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN big SET NOT NULL;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
-- hazards: ACCESS EXCLUSIVE lock
UPDATE public.t SET id = DEFAULT;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN id SET NOT NULL;
