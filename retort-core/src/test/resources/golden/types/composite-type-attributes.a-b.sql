ALTER TYPE public.addr ALTER ATTRIBUTE zip TYPE character varying(10), ADD ATTRIBUTE city text COLLATE pg_catalog."C";
