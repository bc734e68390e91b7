-- hazards: ACCESS EXCLUSIVE lock
CREATE RULE t_log_insert AS
    ON INSERT TO public.t DO  INSERT INTO public.t_log (id)
  VALUES (new.id);
-- hazards: ACCESS EXCLUSIVE lock
COMMENT ON RULE t_log_insert ON public.t IS 'audit';
