-- hazards: ACCESS EXCLUSIVE lock
ALTER VIEW public.labels RENAME TO t_labels;
