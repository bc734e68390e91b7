-- hazards: ACCESS EXCLUSIVE lock
DROP TRIGGER "Touch It" ON public."Audit Log";
