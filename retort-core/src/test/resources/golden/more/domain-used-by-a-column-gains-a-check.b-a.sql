ALTER DOMAIN public.email DROP CONSTRAINT has_at;
