ALTER VIEW public.v SET (security_barrier=true, check_option=cascaded);
