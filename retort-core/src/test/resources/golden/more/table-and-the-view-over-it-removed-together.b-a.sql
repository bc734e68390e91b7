CREATE TABLE public.gone (
    id integer NOT NULL,
    keep_id integer
);

ALTER TABLE public.gone ADD CONSTRAINT gone_pkey PRIMARY KEY (id);

CREATE VIEW public.gone_v AS
SELECT g.id
   FROM (public.gone g
     JOIN public.keep k ON ((k.id = g.keep_id)));
