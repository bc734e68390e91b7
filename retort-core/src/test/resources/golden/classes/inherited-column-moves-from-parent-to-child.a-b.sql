-- hazards: data loss, ACCESS EXCLUSIVE lock
ALTER TABLE ONLY public.parent DROP COLUMN note;
