-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

CREATE TABLE public.t (
    id integer
);
