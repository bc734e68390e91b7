CREATE OR REPLACE FUNCTION public.msg(x text)
 RETURNS text
 LANGUAGE plpgsql
AS $function$
BEGIN
    -- a comment with 'quotes' and $$ inside
    RETURN 'http://example.com/' || x || '::' || $$it's$$;
END
$function$;
