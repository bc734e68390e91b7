=== libc collation created
--- b
CREATE COLLATION c_posix (provider = libc, locale = 'C');
COMMENT ON COLLATION c_posix IS 'byte order';

=== libc collation with different collate and ctype
--- b
CREATE COLLATION mixed (lc_collate = 'C', lc_ctype = 'POSIX');

=== icu collation, nondeterministic
--- b
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

=== icu collation with rules
--- requires 16
--- b
CREATE COLLATION with_rules (provider = icu, locale = 'und', rules = '&a < g');

=== collation redefined when nothing uses it
--- a
CREATE COLLATION ordering (provider = icu, locale = 'de');
--- b
CREATE COLLATION ordering (provider = icu, locale = 'sv');

=== collation used by a new column and a domain
--- both
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t (id int);
--- b
ALTER TABLE t ADD COLUMN email text COLLATE case_insensitive;
CREATE DOMAIN ci_text AS text COLLATE case_insensitive;

=== collation created with the table that uses it
--- b
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE t (id int, email text COLLATE case_insensitive);
CREATE INDEX t_email ON t (email);
