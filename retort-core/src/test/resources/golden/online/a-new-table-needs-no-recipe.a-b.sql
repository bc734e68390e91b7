CREATE TABLE public.c (
    id integer NOT NULL,
    p_id integer,
    v integer NOT NULL
);

ALTER TABLE public.c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES public.p(id);

ALTER TABLE public.c ADD CONSTRAINT c_pkey PRIMARY KEY (id);

ALTER TABLE public.c ADD CONSTRAINT c_v_check CHECK ((v > 0));

CREATE INDEX c_v ON public.c USING btree (v);
