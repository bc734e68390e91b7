=== table access method created
--- b
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap2 IS 'heap again';

=== table created with an access method created with it
--- b
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE t (id int) USING heap2;

=== index access method created
--- b
CREATE ACCESS METHOD btree2 TYPE INDEX HANDLER bthandler;
