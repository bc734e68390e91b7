DROP AGGREGATE public.my_pct(double precision ORDER BY anyelement);

DROP AGGREGATE public.my_count(*);
