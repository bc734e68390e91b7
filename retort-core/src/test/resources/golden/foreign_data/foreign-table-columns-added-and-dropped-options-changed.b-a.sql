ALTER FOREIGN TABLE public.remote
    DROP COLUMN region,
    ADD COLUMN old_note text;
ALTER FOREIGN TABLE public.remote OPTIONS (SET table_name 'a');
