CREATE TABLE public.y (
    id integer NOT NULL,
    x_id integer
);

ALTER TABLE public.y ADD CONSTRAINT y_pkey PRIMARY KEY (id);

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.x ADD CONSTRAINT x_y FOREIGN KEY (y_id) REFERENCES public.y(id) NOT VALID;

ALTER TABLE public.y ADD CONSTRAINT y_x_id_fkey FOREIGN KEY (x_id) REFERENCES public.x(id);

-- migrate:autocommit
ALTER TABLE public.x VALIDATE CONSTRAINT x_y;
