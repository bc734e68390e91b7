CREATE TABLE public.t (
    id integer GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.t_id_seq START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE) NOT NULL,
    c integer NOT NULL
);
ALTER TABLE public.t OWNER TO retort_reader;

CREATE SEQUENCE public.t_c_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
ALTER SEQUENCE public.t_c_seq OWNER TO retort_reader;
ALTER SEQUENCE public.t_c_seq OWNED BY public.t.c;

ALTER TABLE public.t ALTER COLUMN c SET DEFAULT nextval('public.t_c_seq'::regclass);

CREATE VIEW public.v AS
SELECT t.id
   FROM public.t;
ALTER VIEW public.v OWNER TO "Mixed Role";
GRANT SELECT ON TABLE public.v TO retort_reader;
