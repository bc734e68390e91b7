CREATE TABLE public.ev_2025 PARTITION OF public.ev
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- hazards: index build
CREATE INDEX ev_at ON public.ev USING btree (at);
