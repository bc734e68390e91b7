-- hazards: ACCESS EXCLUSIVE lock
ALTER VIEW public.t_labels RENAME TO labels;
