package dev.retort.hibernate.model;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Hibernate's poor fits for PostgreSQL and the annotations that fix them (see the README). */
@Entity
public class Attachment {
    @Id
    Long id;

    /** Hibernate maps a {@code @Lob byte[]} to a large object: an {@code oid} column. */
    @Lob
    byte[] asLargeObject;

    /** The fix: bytea. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    byte[] content;

    /** {@code @Lob String} is an {@code oid} too; text is what PostgreSQL users expect. */
    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    String body;

    /** A native enum type instead of varchar and a check. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    OrderStatus status;
}
