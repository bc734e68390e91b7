CREATE TYPE public.pair AS (
    a integer,
    b integer
);

CREATE TABLE public.t (
    p public.pair
);

SET LOCAL check_function_bodies = off;
CREATE OR REPLACE FUNCTION public.pair_cmp(public.pair, public.pair)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT btint4cmp(($1).a, ($2).a)$function$;

CREATE OR REPLACE FUNCTION public.pair_eq(public.pair, public.pair)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT ($1).a = ($2).a$function$;

CREATE OR REPLACE FUNCTION public.pair_ge(public.pair, public.pair)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT ($1).a >= ($2).a$function$;

CREATE OR REPLACE FUNCTION public.pair_gt(public.pair, public.pair)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT ($1).a > ($2).a$function$;

CREATE OR REPLACE FUNCTION public.pair_le(public.pair, public.pair)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT ($1).a <= ($2).a$function$;

CREATE OR REPLACE FUNCTION public.pair_lt(public.pair, public.pair)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$SELECT ($1).a < ($2).a$function$;

CREATE OPERATOR public.<# (
    FUNCTION = public.pair_lt,
    LEFTARG = public.pair,
    RIGHTARG = public.pair
);

CREATE OPERATOR public.<=# (
    FUNCTION = public.pair_le,
    LEFTARG = public.pair,
    RIGHTARG = public.pair
);

CREATE OPERATOR public.=# (
    FUNCTION = public.pair_eq,
    LEFTARG = public.pair,
    RIGHTARG = public.pair
);

CREATE OPERATOR public.># (
    FUNCTION = public.pair_gt,
    LEFTARG = public.pair,
    RIGHTARG = public.pair
);

CREATE OPERATOR public.>=# (
    FUNCTION = public.pair_ge,
    LEFTARG = public.pair,
    RIGHTARG = public.pair
);

CREATE OPERATOR FAMILY public.pair_ops USING btree;

CREATE OPERATOR CLASS public.pair_ops DEFAULT FOR TYPE public.pair USING btree FAMILY public.pair_ops AS
    OPERATOR 1 public.<#(public.pair,public.pair),
    OPERATOR 2 public.<=#(public.pair,public.pair),
    OPERATOR 3 public.=#(public.pair,public.pair),
    OPERATOR 4 public.>=#(public.pair,public.pair),
    OPERATOR 5 public.>#(public.pair,public.pair),
    FUNCTION 1 (public.pair, public.pair) public.pair_cmp(public.pair,public.pair);

CREATE INDEX t_p ON public.t USING btree (p);
