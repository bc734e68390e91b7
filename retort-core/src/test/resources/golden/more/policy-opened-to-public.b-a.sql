ALTER POLICY p ON public.doc
    TO retort_reader;
