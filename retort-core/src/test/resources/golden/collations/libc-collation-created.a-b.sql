CREATE COLLATION public.c_posix (provider = libc, lc_collate = 'C', lc_ctype = 'C');
COMMENT ON COLLATION public.c_posix IS 'byte order';
