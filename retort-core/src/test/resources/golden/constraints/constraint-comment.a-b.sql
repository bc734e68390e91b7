COMMENT ON CONSTRAINT a_pos ON public.t IS 'positive';
