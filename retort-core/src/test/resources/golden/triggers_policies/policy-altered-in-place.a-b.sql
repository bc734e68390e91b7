ALTER POLICY own ON public.doc
    TO "Mixed Role", retort_reader
    USING ((owner_name = SESSION_USER))
    WITH CHECK ((id > 0));
