ALTER FOREIGN TABLE public.remote
    DROP COLUMN old_note,
    ADD COLUMN region text;
ALTER FOREIGN TABLE public.remote OPTIONS (SET table_name 'b');
