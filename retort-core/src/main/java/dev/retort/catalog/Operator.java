package dev.retort.catalog;

/**
 * An operator, identified by schema, name and operand types ({@code NONE} for a prefix operator's left).
 *
 * @param function   the implementing function, as {@code regproc} renders it
 * @param commutator {@code OPERATOR(schema.name)}, or null; likewise {@code negator}
 * @param restrict   the restriction selectivity estimator, or null; likewise {@code join}
 */
public record Operator(String schema, String name, String leftType, String rightType, String function,
                       String commutator, String negator, String restrict, String join, boolean hashes,
                       boolean merges, String owner, String comment) implements CatalogObject {
    @Override
    public ObjectId id() {
        return ObjectId.routine(ObjectKind.OPERATOR, schema, name, leftType + ", " + rightType);
    }

    /** {@code public.=== (integer, integer)}: how ALTER, DROP and COMMENT name it. */
    public String signature() {
        return Identifiers.quote(schema) + "." + name + " (" + leftType + ", " + rightType + ")";
    }
}
