-- hazards: ACCESS EXCLUSIVE lock
ALTER TRIGGER t_touch ON public.t RENAME TO touch_t;

-- hazards: ACCESS EXCLUSIVE lock
ALTER POLICY t_own ON public.t RENAME TO own_rows;
