DROP VIEW public.v;

CREATE VIEW public.v AS
SELECT t.id,
    t.note
   FROM public.t;

CREATE RULE v_insert AS
    ON INSERT TO public.v DO INSTEAD  INSERT INTO public.t (id, note)
  VALUES (new.id, new.note);
