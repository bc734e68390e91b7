CREATE TABLE public.t (
    id integer
);

CREATE RULE t_no_delete AS
    ON DELETE TO public.t DO INSTEAD NOTHING;
