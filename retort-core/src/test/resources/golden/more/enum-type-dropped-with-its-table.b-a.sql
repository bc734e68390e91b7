CREATE TYPE public.color AS ENUM ('red', 'blue');

CREATE TABLE public.paint (
    c public.color
);
