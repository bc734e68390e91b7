-- hazards: ACCESS EXCLUSIVE lock
ALTER TRIGGER touch_t ON public.t RENAME TO t_touch;

-- hazards: ACCESS EXCLUSIVE lock
ALTER POLICY own_rows ON public.t RENAME TO t_own;
