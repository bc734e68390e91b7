-- hazards: ACCESS EXCLUSIVE lock
ALTER VIEW public.t_view RENAME COLUMN caption TO title;

-- hazards: ACCESS EXCLUSIVE lock
ALTER SEQUENCE public.tally RENAME TO counter;

ALTER TYPE public.point2 RENAME TO pair;

-- hazards: ACCESS EXCLUSIVE lock
ALTER MATERIALIZED VIEW public.t_counts RENAME TO t_summary;
