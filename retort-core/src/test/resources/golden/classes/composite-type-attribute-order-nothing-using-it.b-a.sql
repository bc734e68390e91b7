-- hazards: data loss
DROP TYPE public.addr;

CREATE TYPE public.addr AS (
    street text,
    zip integer,
    city text
);
