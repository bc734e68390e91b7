-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

CREATE UNLOGGED TABLE public.t (
    id integer
);
