package dev.retort.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.declared.DeclarationException;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredSource;
import dev.retort.plan.MigrationPlan;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Version;
import org.junit.jupiter.api.Test;

/** The mappings the issue lists, built offline by the Hibernate on the test classpath, applied to a real database. */
@RetortDatabaseTest
class HibernateEntityTablesTest {
    private static final String MODEL = "dev.retort.hibernate.model";

    @Test
    void theHibernateUnderTestIsTheOneThisExecutionAsksFor() {
        assertThat(Version.getVersionString()).isEqualTo(Entities.HIBERNATE);
        assertThat(new HibernateEntityTables().name()).isEqualTo("Hibernate " + Entities.HIBERNATE);
    }

    @Test
    void everyListedMappingComesThroughAndRoundTrips(TestDatabase target) throws Exception {
        MigrationPlan plan = Entities.apply(target, Entities.declare(MODEL));
        assertThat(plan.toSql()).contains("CREATE SCHEMA shop", "CREATE TABLE shop.orders");
        assertThat(Entities.plan(target, Entities.declare(MODEL)).toSql()).as("after applying").isEmpty();

        // @Table(schema, indexes, uniqueConstraints), @Column, @Embedded, identity, Spring's naming
        assertThat(columns(target, "shop", "customers")).isEqualTo(
                "created_at timestamp(6) with time zone null|customer_id bigint identity|customer_name character varying(120) not null|email character varying(255) not null|"
                        + "post_code character varying(10) null|street_line character varying(255) null");
        assertThat(target.queryColumn("SELECT indexdef FROM pg_indexes WHERE schemaname = 'shop' AND tablename = "
                + "'customers' ORDER BY indexdef")).anyMatch(d -> d.contains("(created_at)"))
                .anyMatch(d -> d.contains("UNIQUE INDEX") && d.contains("(email)"));
        assertThat(constraints(target, "shop.orders")).contains(
                "orders_reference_key UNIQUE (reference)",
                "orders_total_positive CHECK ((total >= (0)::numeric))")
                .anyMatch(c -> c.contains("FOREIGN KEY (customer_id) REFERENCES shop.customers(customer_id)"))
                .anyMatch(c -> c.contains("CHECK") && c.contains("'NEW'") && c.contains("'SHIPPED'"))
                .anyMatch(c -> c.contains("CHECK (((previous_status >= 0) AND (previous_status <= 2)))"));
        // @Enumerated, precision, columnDefinition, sequence with its schema and allocation size
        assertThat(columns(target, "shop", "orders")).contains("status character varying(16) not null",
                "previous_status smallint null", "total numeric(12,2) null", "details jsonb null");
        assertThat(target.queryColumn("SELECT increment_by FROM pg_sequences WHERE schemaname = 'shop' "
                + "AND sequencename = 'order_numbers'")).containsExactly("10");
        // @ManyToMany join table (Spring: owning table + attribute), @ElementCollection
        assertThat(columns(target, "public", "orders_products")).isEqualTo(
                "products_product_id bigint not null|purchase_order_order_id bigint not null");
        assertThat(columns(target, "shop", "order_notes")).isEqualTo(
                "note character varying(500) null|purchase_order_order_id bigint not null");
        // inheritance: JOINED (a table per class), SINGLE_TABLE (discriminator), TABLE_PER_CLASS (no abstract table)
        assertThat(columns(target, "shop", "digital_product")).isEqualTo(
                "download_url character varying(255) null|product_id bigint not null");
        assertThat(columns(target, "public", "payment")).contains("kind character varying(31) not null",
                "last_four_digits character varying(255) null");
        assertThat(columns(target, "public", "parcel_shipment")).contains("carrier character varying(255) null",
                "weight_grams integer null");
        assertThat(target.queryColumn("SELECT count(*) FROM pg_tables WHERE tablename = 'shipment'"))
                .containsExactly("0");
        // poor fits and their fixes: @Lob byte[] is an oid, VARBINARY a bytea; a named enum is a type
        assertThat(columns(target, "public", "attachment")).isEqualTo("as_large_object oid null|body text null|"
                + "content bytea null|id bigint not null|status orderstatus null");
        assertThat(target.queryColumn("SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum "
                + "WHERE enumtypid = 'orderstatus'::regtype")).containsExactly("NEW,PAID,SHIPPED");
        // @Comment
        assertThat(target.queryColumn("SELECT obj_description('shop.customers'::regclass, 'pg_class') || ' / ' || "
                + "col_description('shop.customers'::regclass, 4)")).containsExactly(
                "People who buy / When the customer signed up");
    }

    @Test
    void generatedNamesKeepTheLiveOnesWrittenNamesDoNot(TestDatabase target) throws Exception {
        Entities.apply(target, Entities.declare(MODEL));
        // The database as a hand-written migration would have named things.
        String fk = target.queryColumn("SELECT conname FROM pg_constraint WHERE conrelid = 'shop.orders'::regclass "
                + "AND contype = 'f'").get(0);
        String index = target.queryColumn("SELECT indexname FROM pg_indexes WHERE tablename = 'customers' "
                + "AND indexdef LIKE '%(created_at)'").get(0);
        assertThat(fk).startsWith("fk");
        target.execute("ALTER TABLE shop.orders RENAME CONSTRAINT " + fk + " TO orders_customer_id_fkey;"
                + "ALTER INDEX shop." + index + " RENAME TO customers_created_at_idx;"
                + "ALTER TABLE shop.customers RENAME CONSTRAINT customers_pkey TO pk_customers;"
                + "ALTER TABLE shop.orders RENAME CONSTRAINT orders_status_check TO status_is_known");

        assertThat(Entities.plan(target, Entities.declare(MODEL)).toSql()).as("generated names keep the live ones")
                .isEmpty();

        MigrationPlan strict = Entities.plan(target, Entities.declare(MODEL).ignoringGeneratedNames());
        assertThat(strict.toSql()).contains("DROP CONSTRAINT orders_customer_id_fkey",
                "ADD CONSTRAINT " + fk, "DROP INDEX CONCURRENTLY shop.customers_created_at_idx");

        target.execute("ALTER TABLE shop.orders RENAME CONSTRAINT orders_reference_key TO orders_ref_unique");
        assertThat(Entities.plan(target, Entities.declare(MODEL)).toSql()).as("a name written in an annotation")
                .contains("ADD CONSTRAINT orders_reference_key UNIQUE USING INDEX orders_reference_key",
                        "orders_ref_unique")
                .doesNotContain("orders_customer_id_fkey");
    }

    @Test
    void aColumnPostgresqlRefusesNamesTheEntityField(TestDatabase target) {
        assertThatThrownBy(() -> Entities.plan(target, Entities.declare("dev.retort.hibernate.bad.BadColumn")))
                .isInstanceOf(DeclarationException.class)
                .hasMessageContaining("dev.retort.hibernate.bad.BadColumn.amount (column public.bad_column.amount)")
                .hasMessageContaining("type \"moneyy\" does not exist");
    }

    @Test
    void aMappingHibernateRefusesNamesTheEntityAndField() {
        DeclaredSchema declared = Entities.declare("dev.retort.hibernate.mapping");
        assertThatThrownBy(() -> declared.forServer(17)).isInstanceOf(DeclarationException.class)
                .hasMessageContaining("Hibernate " + Entities.HIBERNATE + " refused the entity mapping")
                .hasMessageContaining("dev.retort.hibernate.mapping.Orphan.parent");
    }

    @Test
    void aTableOrSequenceOutsideTheScopeNamesTheEntityAndField() {
        assertThatThrownBy(() -> Entities.declare(Map.of("schemas", "public"), MODEL).forServer(17))
                .isInstanceOf(DeclarationException.class)
                .hasMessageContaining("dev.retort.hibernate.model.PurchaseOrder.orderId (sequence shop.order_numbers): "
                        + "shop.order_numbers is in schema shop, which the declared scope does not own (schemas = "
                        + "[public])");
        assertThatThrownBy(() -> Entities.declare(Map.of("exclude_schemas", "shop"), "dev.retort.hibernate.model.Customer",
                "dev.retort.hibernate.model.Address").forServer(17))
                .hasMessageContaining("dev.retort.hibernate.model.Customer (table shop.customers): shop.customers is in "
                        + "schema shop");
        assertThat(sql(Entities.declare(Map.of("schemas", "public, shop"), MODEL))).contains("create sequence");
    }

    @Test
    void classesComeFromAPersistenceUnitOrAreNamed() {
        assertThat(tables(Entities.declare("META-INF/persistence.xml#tags"))).isEqualTo("public.tags");
        assertThat(tables(Entities.declare("dev.retort.hibernate.listed.Unlisted"))).isEqualTo("public.unlisted");
        assertThat(tables(Entities.declare("dev.retort.hibernate.listed"))).isEqualTo("public.tags, public.unlisted");
        assertThatThrownBy(() -> Entities.declare("META-INF/persistence.xml"))
                .hasMessageContaining("several persistence units [other, tags]");
        assertThatThrownBy(() -> Entities.declare("dev.retort.nothing.here"))
                .hasMessageContaining("no @Entity class in package dev.retort.nothing.here");
    }

    @Test
    void namingIsSpringsByDefaultHibernatesOrAClass() {
        String spring = sql(Entities.declare(MODEL));
        assertThat(spring).contains("create table shop.digital_product", "download_url varchar(255)");
        String hibernate = sql(Entities.declare(Map.of("naming", "hibernate"), MODEL));
        assertThat(hibernate).contains("create table shop.DigitalProduct", "downloadUrl varchar(255)",
                "create table orders_Product");
        String custom = sql(Entities.declare(Map.of("naming", SpringPhysicalNaming.class.getName()), MODEL));
        assertThat(custom).contains("create table shop.digital_product", "create table orders_product");
        assertThatThrownBy(() -> Entities.declare(Map.of("naming", "com.example.Missing"), MODEL))
                .hasMessageContaining("com.example.Missing is not \"spring\", \"hibernate\" or a class");
    }

    private static String sql(DeclaredSchema declared) {
        return declared.forServer(17).sources().stream().map(DeclaredSource::sql).collect(Collectors.joining("\n"));
    }

    private static String tables(DeclaredSchema declared) {
        return declared.forServer(17).writtenNames().stream().map(w -> w.schema() + "." + w.table()).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String columns(TestDatabase db, String schema, String table) throws Exception {
        return String.join("|", db.queryColumn("SELECT attname || ' ' || format_type(atttypid, atttypmod) || "
                + "CASE WHEN attidentity <> '' THEN ' identity' WHEN attnotnull THEN ' not null' ELSE ' null' END "
                + "FROM pg_attribute WHERE attrelid = '" + schema + "." + table + "'::regclass AND attnum > 0 "
                + "AND NOT attisdropped ORDER BY attname"));
    }

    private static java.util.List<String> constraints(TestDatabase db, String table) throws Exception {
        return db.queryColumn("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '"
                + table + "'::regclass ORDER BY conname");
    }
}
