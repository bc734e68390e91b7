-- hazards: ACCESS EXCLUSIVE lock
DROP INDEX public.t_u;

-- hazards: index build
CREATE UNIQUE INDEX t_u ON public.t USING btree (a, b) INCLUDE (c);
