CREATE TABLE public.t_archive (
    id integer
);

-- hazards: ACCESS EXCLUSIVE lock
CREATE RULE t_archive_delete AS
    ON DELETE TO public.t DO  INSERT INTO public.t_archive (id)
  VALUES (old.id);
