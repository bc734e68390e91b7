-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.child_b;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.child_a;

-- hazards: data loss, ACCESS EXCLUSIVE lock
DROP TABLE public.parent;
