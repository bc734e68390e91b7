-- hazards: index build
CREATE INDEX pt_v ON public.pt USING btree (v);
