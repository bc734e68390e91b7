-- hazards: ACCESS EXCLUSIVE lock
ALTER SEQUENCE public.counter RENAME TO tally;

ALTER TYPE public.pair RENAME TO point2;

-- hazards: ACCESS EXCLUSIVE lock
ALTER MATERIALIZED VIEW public.t_summary RENAME TO t_counts;

-- hazards: ACCESS EXCLUSIVE lock
ALTER VIEW public.t_view RENAME COLUMN title TO caption;
