-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.t_i;

-- hazards: index build
CREATE INDEX t_i ON public.t USING hash (b);
