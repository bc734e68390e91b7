COMMENT ON COLUMN public.t.a IS 'new';
COMMENT ON COLUMN public.t.b IS NULL;
