-- hazards: data loss
DROP TYPE public.addr;

CREATE TYPE public.addr AS (
    city text,
    street text,
    zip integer
);
