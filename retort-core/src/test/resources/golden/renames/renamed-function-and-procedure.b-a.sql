ALTER FUNCTION public.plus_one(integer) RENAME TO add_one;

ALTER PROCEDURE public.do_nothing() RENAME TO noop;
