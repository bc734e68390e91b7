ALTER PUBLICATION pub SET TABLE public.t (id, region) WHERE ((region = 'eu'::text));
