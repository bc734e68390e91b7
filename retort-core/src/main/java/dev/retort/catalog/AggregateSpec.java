package dev.retort.catalog;

/** The parts of CREATE AGGREGATE, as pg_aggregate holds them (functions as regproc text, null when unset). */
public record AggregateSpec(String kind, int directArguments, String sfunc, String stype, int sspace,
                            String finalfunc, boolean finalfuncExtra, String finalfuncModify, String combinefunc,
                            String serialfunc, String deserialfunc, String initcond, String msfunc, String minvfunc,
                            String mstype, int msspace, String mfinalfunc, boolean mfinalfuncExtra,
                            String mfinalfuncModify, String minitcond, String sortop, String parallel) {
}
