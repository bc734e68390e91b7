ALTER TEXT SEARCH DICTIONARY public.my_simple (accept = 'false', stopwords);
COMMENT ON TEXT SEARCH DICTIONARY public.my_simple IS 'rejects';
