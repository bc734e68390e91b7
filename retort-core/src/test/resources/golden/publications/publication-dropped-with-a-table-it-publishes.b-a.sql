CREATE TABLE public.t (
    id integer NOT NULL
);

ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);

CREATE PUBLICATION pub FOR TABLE public.t
    WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);
