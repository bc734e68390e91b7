package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which column type changes rewrite the table. The cases that do not were checked on PostgreSQL 15
 * ({@code pg_relation_filenode} unchanged by the ALTER); {@link HazardsTest} plans them on a live server.
 */
class TypeChangesTest {
    @Test
    void widerTextualNumericAndTemporalTypesKeepTheRows() {
        assertThat(TypeChanges.rewrites("character varying(10)", "character varying(20)")).isFalse();
        assertThat(TypeChanges.rewrites("character varying(10)", "text")).isFalse();
        assertThat(TypeChanges.rewrites("text", "character varying")).isFalse();
        assertThat(TypeChanges.rewrites("numeric(10,2)", "numeric(12,2)")).isFalse();
        assertThat(TypeChanges.rewrites("numeric(10,2)", "numeric")).isFalse();
        assertThat(TypeChanges.rewrites("timestamp(0) without time zone", "timestamp(3) without time zone")).isFalse();
        assertThat(TypeChanges.rewrites("bit varying(4)", "bit varying(8)")).isFalse();
        assertThat(TypeChanges.rewrites("text", "text")).as("a collation alone").isFalse();
    }

    @Test
    void otherChangesRewrite() {
        assertThat(TypeChanges.rewrites("integer", "bigint")).isTrue();
        assertThat(TypeChanges.rewrites("character varying(20)", "character varying(10)")).isTrue();
        assertThat(TypeChanges.rewrites("text", "character varying(10)")).isTrue();
        assertThat(TypeChanges.rewrites("numeric(10,2)", "numeric(12,3)")).isTrue();
        assertThat(TypeChanges.rewrites("numeric", "numeric(12,2)")).isTrue();
        assertThat(TypeChanges.rewrites("timestamp(3) without time zone", "timestamp(3) with time zone")).isTrue();
        assertThat(TypeChanges.rewrites("character varying(10)[]", "character varying(20)[]")).isTrue();
        assertThat(TypeChanges.rewrites("character(2)", "character(4)")).isTrue();
    }
}
