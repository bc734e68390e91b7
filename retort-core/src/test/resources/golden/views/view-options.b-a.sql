ALTER VIEW public.v RESET (security_barrier, check_option);
