CREATE OR REPLACE RULE t_no_delete AS
    ON DELETE TO public.t
   WHERE (old.id > 0) DO INSTEAD NOTHING;
