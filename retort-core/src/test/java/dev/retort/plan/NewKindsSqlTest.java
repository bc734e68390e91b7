package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.catalog.Cast;
import dev.retort.catalog.Collation;
import dev.retort.catalog.ExtendedStatistics;
import dev.retort.catalog.Publication;
import dev.retort.catalog.Publication.PublishedTable;
import dev.retort.catalog.Rule;
import dev.retort.catalog.TextSearchConfiguration;
import dev.retort.catalog.TextSearchDictionary;
import dev.retort.catalog.TriggerState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SQL of the rule, collation, statistics, publication and cast kinds, from records built in memory. */
class NewKindsSqlTest {
    private static List<String> sql(Alteration alteration) {
        assertThat(alteration.rebuild()).as("altered in place").isFalse();
        return alteration.statements().stream().map(PlannedStatement::sql).toList();
    }

    @Test
    void aRuleIsReplacedInPlaceAndDisabledOnItsTable() {
        Rule before = new Rule("app", "Orders", "no delete",
                "CREATE RULE \"no delete\" AS\n    ON DELETE TO app.\"Orders\" DO INSTEAD NOTHING", TriggerState.ORIGIN,
                null);
        Rule after = new Rule("app", "Orders", "no delete",
                "CREATE RULE \"no delete\" AS\n    ON DELETE TO app.\"Orders\" DO INSTEAD  SELECT 1", TriggerState.DISABLED,
                "kept");
        assertThat(Kinds.create(after)).containsExactly(after.definition() + ";",
                "ALTER TABLE app.\"Orders\" DISABLE RULE \"no delete\";",
                "COMMENT ON RULE \"no delete\" ON app.\"Orders\" IS 'kept';");
        assertThat(Kinds.drop(before)).containsExactly("DROP RULE \"no delete\" ON app.\"Orders\";");
        assertThat(sql(RuleKind.INSTANCE.alter(before, after, null))).containsExactly(
                "CREATE OR REPLACE RULE \"no delete\" AS\n    ON DELETE TO app.\"Orders\" DO INSTEAD  SELECT 1;",
                "ALTER TABLE app.\"Orders\" DISABLE RULE \"no delete\";",
                "COMMENT ON RULE \"no delete\" ON app.\"Orders\" IS 'kept';");
    }

    @Test
    void aCollationIsWrittenWithTheOptionsOfItsProvider() {
        Collation icu = new Collation("app", "ci", "icu", null, null, "und-u-ks-level2", null, false, "retort_reader",
                null);
        assertThat(Kinds.create(icu)).containsExactly(
                "CREATE COLLATION app.ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);",
                "ALTER COLLATION app.ci OWNER TO retort_reader;");
        Collation libc = new Collation("app", "Byte Order", "libc", "C", "POSIX", null, null, true, null, "it's C");
        assertThat(Kinds.create(libc)).containsExactly(
                "CREATE COLLATION app.\"Byte Order\" (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');",
                "COMMENT ON COLLATION app.\"Byte Order\" IS 'it''s C';");
        assertThat(Kinds.drop(libc)).containsExactly("DROP COLLATION app.\"Byte Order\";");
    }

    @Test
    void statisticsChangeTheirTargetInPlaceAndTheirDefinitionByARebuild() {
        ExtendedStatistics s = new ExtendedStatistics("app", "t", "t_ab", "stats",
                "CREATE STATISTICS stats.t_ab ON a, b FROM app.t", 200, null, null);
        assertThat(Kinds.create(s)).containsExactly("CREATE STATISTICS stats.t_ab ON a, b FROM app.t;",
                "ALTER STATISTICS stats.t_ab SET STATISTICS 200;");
        assertThat(Kinds.drop(s)).containsExactly("DROP STATISTICS stats.t_ab;");
        ExtendedStatistics mcv = new ExtendedStatistics("app", "t", "t_ab", "stats",
                "CREATE STATISTICS stats.t_ab (mcv) ON a, b FROM app.t", 200, null, null);
        assertThat(StatisticsKind.INSTANCE.alter(s, mcv, null).rebuild()).isTrue();
        assertThat(Kinds.createHazards(s, true)).as("SHARE UPDATE EXCLUSIVE only").isEmpty();
        assertThat(Kinds.dropHazards(s)).isEmpty();
    }

    @Test
    void aPublicationListsItsTablesWithColumnsAndFiltersAndSetsThemInPlace() {
        Publication p = new Publication("to warehouse", false, List.of(new PublishedTable("app.t",
                List.of("id", "region"), "(region = 'eu'::text)")), List.of("sales"), List.of("insert", "update"),
                false, null, null, null);
        assertThat(Kinds.create(p)).containsExactly("CREATE PUBLICATION \"to warehouse\" FOR TABLE app.t (id, region)"
                + " WHERE ((region = 'eu'::text)), TABLES IN SCHEMA sales\n"
                + "    WITH (publish = 'insert, update', publish_via_partition_root = false);");
        Publication none = new Publication("to warehouse", false, List.of(), List.of(), List.of("insert", "update"),
                true, null, null, null);
        assertThat(sql(PublicationKind.INSTANCE.alter(p, none, null))).containsExactly(
                "ALTER PUBLICATION \"to warehouse\" DROP TABLE app.t;",
                "ALTER PUBLICATION \"to warehouse\" DROP TABLES IN SCHEMA sales;",
                "ALTER PUBLICATION \"to warehouse\" SET (publish = 'insert, update', publish_via_partition_root = true);");
        Publication all = new Publication("to warehouse", true, List.of(), List.of(), List.of("insert", "update"),
                true, null, null, null);
        assertThat(PublicationKind.INSTANCE.alter(none, all, null).rebuild()).as("FOR ALL TABLES").isTrue();
    }

    @Test
    void aCastIsWrittenByMethodAndContextAndRebuiltWhenEitherChanges() {
        Cast f = new Cast("app.mood", "integer", Cast.Method.FUNCTION, "app.rank(app.mood)", Cast.Context.ASSIGNMENT,
                null);
        assertThat(Kinds.create(f)).containsExactly(
                "CREATE CAST (app.mood AS integer) WITH FUNCTION app.rank(app.mood) AS ASSIGNMENT;");
        assertThat(Kinds.drop(f)).containsExactly("DROP CAST (app.mood AS integer);");
        assertThat(f.id()).hasToString("cast (app.mood AS integer)");
        Cast binary = new Cast("app.span", "int4range", Cast.Method.BINARY, null, Cast.Context.IMPLICIT, "same bits");
        assertThat(Kinds.create(binary)).containsExactly("CREATE CAST (app.span AS int4range) WITHOUT FUNCTION AS IMPLICIT;",
                "COMMENT ON CAST (app.span AS int4range) IS 'same bits';");
        Cast inout = new Cast("app.mood", "integer", Cast.Method.INOUT, null, Cast.Context.ASSIGNMENT, null);
        assertThat(CastKind.INSTANCE.alter(f, inout, null).rebuild()).isTrue();
    }

    @Test
    void aDictionaryAltersTheOptionsThatChangeAndNamesTheOnesRemoved() {
        TextSearchDictionary before = new TextSearchDictionary("app", "d", "pg_catalog.simple",
                List.of("stopwords = 'english'", "accept = 'true'"), null, null);
        TextSearchDictionary after = new TextSearchDictionary("app", "d", "pg_catalog.simple",
                List.of("accept = 'false'"), null, null);
        assertThat(sql(TextSearchDictionaryKind.INSTANCE.alter(before, after, null)))
                .containsExactly("ALTER TEXT SEARCH DICTIONARY app.d (accept = 'false', stopwords);");
        TextSearchDictionary snowball = new TextSearchDictionary("app", "d", "pg_catalog.snowball",
                List.of("language = 'english'"), null, null);
        assertThat(TextSearchDictionaryKind.INSTANCE.alter(before, snowball, null).rebuild()).isTrue();
    }

    @Test
    void aConfigurationIsMappedInGroupsOfTokenTypesAndRemappedInPlace() {
        Map<String, String> mappings = new LinkedHashMap<>();
        mappings.put("asciiword", "app.stop, simple");
        mappings.put("word", "simple");
        mappings.put("int", "app.stop, simple");
        TextSearchConfiguration c = new TextSearchConfiguration("app", "cfg", "pg_catalog.\"default\"", mappings,
                null, null);
        assertThat(Kinds.create(c)).containsExactly(
                "CREATE TEXT SEARCH CONFIGURATION app.cfg (PARSER = pg_catalog.\"default\");",
                "ALTER TEXT SEARCH CONFIGURATION app.cfg\n    ADD MAPPING FOR asciiword, int WITH app.stop, simple;",
                "ALTER TEXT SEARCH CONFIGURATION app.cfg\n    ADD MAPPING FOR word WITH simple;");
        TextSearchConfiguration fewer = new TextSearchConfiguration("app", "cfg", "pg_catalog.\"default\"",
                Map.of("word", "app.stop"), null, null);
        assertThat(sql(TextSearchConfigurationKind.INSTANCE.alter(c, fewer, null))).containsExactly(
                "ALTER TEXT SEARCH CONFIGURATION app.cfg\n    DROP MAPPING FOR asciiword, int;",
                "ALTER TEXT SEARCH CONFIGURATION app.cfg\n    ALTER MAPPING FOR word WITH app.stop;");
    }
}
