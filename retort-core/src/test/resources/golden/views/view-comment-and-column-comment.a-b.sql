COMMENT ON VIEW public.v IS 'the view';
COMMENT ON COLUMN public.v.id IS 'the id';
