ALTER TYPE public.mood RENAME VALUE 'unhappy' TO 'sad';
