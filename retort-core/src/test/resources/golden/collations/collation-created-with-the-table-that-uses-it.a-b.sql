CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE public.t (
    id integer,
    email text COLLATE public.case_insensitive
);

CREATE INDEX t_email ON public.t USING btree (email);
