package dev.retort.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where rename hints may be written in declared SQL, and what each names. No database. */
class RenameHintsParsingTest {
    private static List<String> hints(String sql) {
        DeclaredSchema schema = new DeclaredSchema(List.of(DeclaredSource.file(Path.of("schema/shop.sql"), sql)));
        return RenameHints.of(schema.statements()).stream()
                .map(h -> String.join(".", h.path().stream().map(String::valueOf).toList()) + " <- " + h.from()
                        + " @ " + h.origin()).toList();
    }

    @Test
    void aCommentAboveACreateNamesItsObjectAndOneAtALineEndItsColumnConstraintOrValue() {
        assertThat(hints("""
                -- the customers, now clients
                -- retort:renamed-from customers
                CREATE TABLE shop.clients (
                    id int,
                    "Name" text, -- retort:renamed-from "FullName"
                    ADD int,
                    CONSTRAINT clients_pkey PRIMARY KEY (id) -- retort:renamed-from customers_pkey
                );
                CREATE TYPE mood AS ENUM (
                    'unhappy', -- retort:renamed-from 'sad'
                    'happy');
                -- retort:renamed-from by_name
                CREATE UNIQUE INDEX clients_by_name ON shop.clients ("Name");
                -- retort:renamed-from touch
                CREATE TRIGGER touched BEFORE UPDATE ON shop.clients FOR EACH ROW EXECUTE FUNCTION f();
                -- retort:renamed-from old_count
                CREATE FUNCTION shop.client_count() RETURNS int LANGUAGE sql AS 'SELECT 1';
                -- retort:renamed-from shop
                CREATE SCHEMA store;
                ALTER TABLE shop.clients ADD COLUMN email text; -- retort:renamed-from mail
                """)).containsExactly(
                "shop.clients <- customers @ schema/shop.sql:2",
                "shop.clients.Name <- FullName @ schema/shop.sql:5",
                "shop.clients.clients_pkey <- customers_pkey @ schema/shop.sql:7",
                "null.mood.unhappy <- sad @ schema/shop.sql:10",
                "shop.clients_by_name <- by_name @ schema/shop.sql:12",
                "shop.clients.touched <- touch @ schema/shop.sql:14",
                "shop.client_count <- old_count @ schema/shop.sql:16",
                "store <- shop @ schema/shop.sql:18");
    }

    @Test
    void aHintWhereNothingIsDeclaredOrWithAQualifiedOldNameIsRefusedWithItsLine() {
        assertThatThrownBy(() -> hints("-- retort:renamed-from x\nALTER TABLE t ADD COLUMN c int;\n"))
                .isInstanceOf(DeclarationException.class).hasMessageStartingWith("schema/shop.sql:1: ")
                .hasMessageContaining("belongs above the CREATE statement");
        assertThatThrownBy(() -> hints("CREATE TABLE t (\n  id int\n) -- retort:renamed-from x\nWITH (fillfactor = 70);\n"))
                .isInstanceOf(DeclarationException.class).hasMessageStartingWith("schema/shop.sql:3: ");
        assertThatThrownBy(() -> hints("-- retort:renamed-from other.t\nCREATE TABLE t (id int);\n"))
                .isInstanceOf(DeclarationException.class).hasMessageContaining("the old name alone");
    }

    @Test
    void javaEntitiesCarryTheirHintIntoTheirSql() {
        PgView view = new PgView("shop", "client_names", "SELECT 1").withRenamedFrom("Customer Names");
        assertThat(view.toSql()).startsWith("-- retort:renamed-from \"Customer Names\"\nCREATE VIEW shop.client_names");
        DeclaredSchema schema = new DeclaredSchema(List.of(DeclaredSource.definedBy("com.acme.Shop", view.toSql())));
        assertThat(RenameHints.of(schema.statements())).extracting(RenameHint::path, RenameHint::from)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("shop", "client_names"), "Customer Names"));
        assertThat(new PgFunction("shop", "f", "", "RETURNS int LANGUAGE sql AS 'SELECT 1'").toSql())
                .doesNotContain("retort:");
        assertThat(RenameHint.parsePath("App.\"Orders\".Client")).containsExactly("app", "Orders", "client");
        assertThat(RenameHint.parsePath(" shop . \"Order \"\"Lines\"\"\" ")).containsExactly("shop", "Order \"Lines\"");
    }

    @Test
    void aNameThatIsNotDottedIdentifiersIsRefusedSayingWhy() {
        assertThatThrownBy(() -> RenameHint.parsePath("shop.order-lines")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'-' where a dot or the end was expected");
        assertThatThrownBy(() -> RenameHint.parsePath("shop..orders")).hasMessageContaining("an empty name part");
        assertThatThrownBy(() -> RenameHint.parsePath("shop.")).hasMessageContaining("an empty name part");
        assertThatThrownBy(() -> RenameHint.parsePath("\"shop")).hasMessageContaining("unterminated quoted identifier");
        assertThatThrownBy(() -> RenameHint.parsePath("a.b.c.d")).hasMessageContaining("at most schema.table.part");
        assertThat(RenameHint.ofSetting("shop.orders.client = customer", "[renames]"))
                .isEqualTo(new RenameHint(List.of("shop", "orders", "client"), "customer", "[renames]"));
        assertThatThrownBy(() -> RenameHint.ofSetting("shop.orders.client", "[renames]"))
                .hasMessage("expected new.name=old");
    }
}
