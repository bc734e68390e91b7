-- hazards: ACCESS EXCLUSIVE lock
CREATE TRIGGER "Touch It" BEFORE INSERT ON public."Audit Log" FOR EACH ROW EXECUTE FUNCTION public.touch();
