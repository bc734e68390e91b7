-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.t;

DROP OPERATOR CLASS public.pair_ops USING btree;

DROP OPERATOR FAMILY public.pair_ops USING btree;

DROP OPERATOR public.>=# (public.pair, public.pair);

DROP OPERATOR public.># (public.pair, public.pair);

DROP OPERATOR public.=# (public.pair, public.pair);

DROP OPERATOR public.<=# (public.pair, public.pair);

DROP OPERATOR public.<# (public.pair, public.pair);

DROP FUNCTION public.pair_lt(public.pair, public.pair);

DROP FUNCTION public.pair_le(public.pair, public.pair);

DROP FUNCTION public.pair_gt(public.pair, public.pair);

DROP FUNCTION public.pair_ge(public.pair, public.pair);

DROP FUNCTION public.pair_eq(public.pair, public.pair);

DROP FUNCTION public.pair_cmp(public.pair, public.pair);

-- hazards: data loss
DROP TYPE public.pair;
