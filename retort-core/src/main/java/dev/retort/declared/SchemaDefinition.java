package dev.retort.declared;

/**
 * A class that declares (part of) the schema in Java. Retort instantiates it with its public no-argument
 * constructor, found by class name on a classpath or through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.retort.declared.SchemaDefinition}).
 *
 * <pre>
 * public final class ShopSchema implements SchemaDefinition {
 *     public void define(SchemaBuilder schema) {
 *         schema.add(new PgView("public", "big_orders", "select * from public.orders where total &gt; 100"));
 *         schema.sql("COMMENT ON VIEW public.big_orders IS 'Orders over 100'");
 *     }
 * }
 * </pre>
 */
public interface SchemaDefinition {
    void define(SchemaBuilder schema);
}
