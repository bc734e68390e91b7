CREATE TABLE public.child (
    extra text
)
INHERITS (public.parent);
