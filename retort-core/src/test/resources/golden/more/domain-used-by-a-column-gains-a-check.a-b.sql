ALTER DOMAIN public.email ADD CONSTRAINT has_at CHECK ((VALUE ~~ '%@%'::text));
