ALTER TABLE public.t DISABLE TRIGGER t_touch;
COMMENT ON TRIGGER t_touch ON public.t IS 'off';
