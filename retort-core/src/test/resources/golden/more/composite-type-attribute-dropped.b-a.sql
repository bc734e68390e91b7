ALTER TYPE public.pt ADD ATTRIBUTE z integer;
