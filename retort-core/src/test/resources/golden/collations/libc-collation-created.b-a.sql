DROP COLLATION public.c_posix;
