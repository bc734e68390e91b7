CREATE TABLE public.thing (
    id integer
)
INHERITS (public.created, public.named);

ALTER TABLE public.thing ALTER COLUMN at SET DEFAULT now();
