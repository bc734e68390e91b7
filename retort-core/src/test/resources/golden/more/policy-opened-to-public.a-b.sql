ALTER POLICY p ON public.doc
    TO PUBLIC;
