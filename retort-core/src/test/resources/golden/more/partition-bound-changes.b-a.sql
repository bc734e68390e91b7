-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.ev_p;

CREATE TABLE public.ev_p PARTITION OF public.ev
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
