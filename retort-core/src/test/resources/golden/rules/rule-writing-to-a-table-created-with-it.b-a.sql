-- hazards: ACCESS EXCLUSIVE lock
DROP RULE t_archive_delete ON public.t;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t_archive;
