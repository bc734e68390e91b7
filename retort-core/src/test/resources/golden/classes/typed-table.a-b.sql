CREATE TABLE public.people OF public.person (name WITH OPTIONS NOT NULL);

ALTER TABLE public.people ALTER COLUMN age SET DEFAULT 0;

ALTER TABLE public.people ADD CONSTRAINT people_pkey PRIMARY KEY (name);
