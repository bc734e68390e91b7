-- User foreign-data wrappers (not an extension's, like postgres_fdw's): database-wide, no schema.
SELECT w.oid, w.fdwname AS name,
       CASE WHEN w.fdwhandler = 0 THEN NULL ELSE w.fdwhandler::regproc::text END AS handler,
       CASE WHEN w.fdwvalidator = 0 THEN NULL ELSE w.fdwvalidator::regproc::text END AS validator,
       ARRAY(SELECT o.option_name FROM pg_options_to_table(w.fdwoptions) o) AS options_names,
       ARRAY(SELECT o.option_value FROM pg_options_to_table(w.fdwoptions) o) AS options_values,
       pg_get_userbyid(w.fdwowner) AS owner, w.fdwacl::text[] AS acl, acldefault('F', w.fdwowner)::text[] AS default_acl,
       :comment(w, pg_foreign_data_wrapper) AS comment
FROM pg_foreign_data_wrapper w
WHERE :not_extension_member(w, pg_foreign_data_wrapper)
ORDER BY w.fdwname
