package dev.retort.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredSource;
import dev.retort.declared.WrittenNames;
import dev.retort.plan.MigrationPlan;
import dev.retort.testing.RetortDatabaseTest;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No churn from generated names, for any declaration that says which names it wrote: a generated name matched by
 * definition keeps the live one (and the plan proven on the dev database agrees); a written name does not; a
 * declaration that says nothing keeps every name as built.
 */
@RetortDatabaseTest
class GeneratedNameAdoptionTest {
    private static final String SQL = """
            CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, total numeric,
                CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
                CONSTRAINT total_positive CHECK (total >= 0));
            CREATE INDEX idx_hash_1 ON orders (total);
            """;

    private static DeclaredSchema declared(List<WrittenNames> written) {
        return new DeclaredSchema(List.of(DeclaredSource.definedBy("test", SQL)), written, List.of());
    }

    @Test
    void generatedNamesTakeTheLiveNamesOfTheSameDefinition(TestDatabase target) throws Exception {
        target.execute("""
                CREATE TABLE customers (id int PRIMARY KEY, email text CONSTRAINT email_once UNIQUE);
                CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), total numeric,
                    CONSTRAINT orders_total_check CHECK (total >= 0));
                CREATE INDEX orders_total_idx ON orders (total);
                """);
        // Everything on orders but total_positive was generated; customers says nothing, so its names count.
        List<WrittenNames> written = List.of(new WrittenNames("public", "orders", Set.of("total_positive")));

        MigrationPlan plan = Declared.plan(target, declared(written), DeclaredScope.ALL);
        assertThat(Declared.statements(plan)).doesNotContain("fk_orders_customer", "idx_hash_1",
                "orders_customer_id_fkey", "orders_total_idx")
                .contains("DROP CONSTRAINT orders_total_check", "ADD CONSTRAINT total_positive CHECK",
                        "DROP CONSTRAINT email_once",
                        "CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON public.customers USING btree (email)",
                        "ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key");

        MigrationPlan strict = Declared.plan(target, declared(written).ignoringGeneratedNames(), DeclaredScope.ALL);
        assertThat(Declared.statements(strict)).contains("DROP CONSTRAINT orders_customer_id_fkey",
                "ADD CONSTRAINT fk_orders_customer", "DROP INDEX CONCURRENTLY public.orders_total_idx", "idx_hash_1");

        MigrationPlan applied = Declared.apply(target, declared(written), DeclaredScope.ALL);
        assertThat(applied.toSql()).isEqualTo(plan.toSql());
        // Not-null constraints left out: PostgreSQL 18 lists them in pg_constraint as well.
        assertThat(target.queryColumn("SELECT conname FROM pg_constraint WHERE conrelid = 'orders'::regclass "
                + "AND contype <> 'n' ORDER BY 1")).containsExactly("orders_customer_id_fkey", "orders_pkey", "total_positive");
    }
}
