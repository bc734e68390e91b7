-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.y DROP CONSTRAINT y_x_id_fkey;

-- hazards: ACCESS EXCLUSIVE lock
ALTER TABLE public.x DROP CONSTRAINT x_y;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.y;
