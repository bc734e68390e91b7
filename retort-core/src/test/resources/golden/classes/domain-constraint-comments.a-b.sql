COMMENT ON CONSTRAINT pos_check ON DOMAIN public.pos IS 'must be positive';
