CREATE TABLE public.parent (
    id integer NOT NULL
);

CREATE TABLE public.child_a (
    a integer
)
INHERITS (public.parent);

CREATE TABLE public.child_b (
    b integer
)
INHERITS (public.parent);

ALTER TABLE public.parent ADD CONSTRAINT parent_pkey PRIMARY KEY (id);
