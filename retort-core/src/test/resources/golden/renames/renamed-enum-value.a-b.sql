ALTER TYPE public.mood RENAME VALUE 'sad' TO 'unhappy';
