ALTER FUNCTION public.add_one(integer) RENAME TO plus_one;

ALTER PROCEDURE public.noop() RENAME TO do_nothing;
