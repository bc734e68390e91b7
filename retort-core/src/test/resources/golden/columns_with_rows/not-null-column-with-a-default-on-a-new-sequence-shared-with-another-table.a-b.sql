-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ADD COLUMN n bigint;

CREATE SEQUENCE public.shared AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

CREATE TABLE public.u (
    n bigint NOT NULL
);

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n SET DEFAULT nextval('public.shared'::regclass);
-- hazards: ACCESS EXCLUSIVE lock
UPDATE public.t SET n = DEFAULT;
-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.t ALTER COLUMN n SET NOT NULL;

ALTER TABLE public.u ALTER COLUMN n SET DEFAULT nextval('public.shared'::regclass);
