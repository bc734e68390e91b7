ALTER OPERATOR public.<<< (integer, integer) SET (RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
