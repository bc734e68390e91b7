package dev.retort.catalog;

/** An identity column's generation ({@code ALWAYS} or {@code BY DEFAULT}) and its sequence's options. */
public record Identity(boolean always, String sequenceSchema, String sequenceName, String dataType, long start,
                       long increment, long min, long max, long cache, boolean cycle) {
}
