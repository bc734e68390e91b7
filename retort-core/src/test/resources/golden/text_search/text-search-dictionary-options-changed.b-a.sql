ALTER TEXT SEARCH DICTIONARY public.my_simple (stopwords = 'english', accept);
COMMENT ON TEXT SEARCH DICTIONARY public.my_simple IS NULL;
