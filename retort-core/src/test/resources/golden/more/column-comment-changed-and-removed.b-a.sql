COMMENT ON COLUMN public.t.a IS 'old';
COMMENT ON COLUMN public.t.b IS 'bee';
