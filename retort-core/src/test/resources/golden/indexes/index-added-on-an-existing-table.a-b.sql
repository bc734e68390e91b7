-- hazards: index build
CREATE INDEX t_ab ON public.t USING btree (a, lower(b)) WHERE (a > 0);
