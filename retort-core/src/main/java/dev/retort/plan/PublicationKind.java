package dev.retort.plan;

import static dev.retort.catalog.Identifiers.literal;
import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Publication;
import dev.retort.catalog.Publication.PublishedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Publications: what they publish (tables, schemas) and their options change in place; {@code FOR ALL TABLES} on
 * or off by a rebuild (PostgreSQL cannot alter it).
 */
final class PublicationKind implements Kind<Publication> {
    static final PublicationKind INSTANCE = new PublicationKind();

    @Override
    public Class<Publication> type() {
        return Publication.class;
    }

    @Override
    public List<String> create(Publication p) {
        StringBuilder sb = new StringBuilder("CREATE PUBLICATION ").append(quote(p.name()));
        if (p.allTables()) {
            sb.append(" FOR ALL TABLES");
        } else if (!p.tables().isEmpty() || !p.schemas().isEmpty()) {
            sb.append(" FOR ").append(members(p));
        }
        sb.append("\n    WITH (").append(String.join(", ", options(p))).append(')');
        List<String> out = new ArrayList<>();
        out.add(sb.append(';').toString());
        out.addAll(Decorations.owner("PUBLICATION", quote(p.name()), null, p.owner()));
        out.addAll(Decorations.comment("PUBLICATION " + quote(p.name()), null, p.comment()));
        return out;
    }

    @Override
    public List<String> drop(Publication p) {
        return List.of("DROP PUBLICATION " + quote(p.name()) + ";");
    }

    @Override
    public Alteration alter(Publication b, Publication a, CatalogSnapshot from) {
        if (b.allTables() != a.allTables()) {
            return Alteration.REBUILD;
        }
        String name = quote(a.name());
        List<String> out = new ArrayList<>();
        if (!b.tables().equals(a.tables()) || !b.schemas().equals(a.schemas())) {
            if (!a.tables().isEmpty() || !a.schemas().isEmpty()) {
                // SET replaces the whole list: tables (and schemas) left out are dropped from the publication.
                out.add("ALTER PUBLICATION " + name + " SET " + members(a) + ";");
            } else {
                if (!b.tables().isEmpty()) {
                    out.add("ALTER PUBLICATION " + name + " DROP TABLE "
                            + String.join(", ", b.tables().stream().map(PublishedTable::table).toList()) + ";");
                }
                if (!b.schemas().isEmpty()) {
                    out.add("ALTER PUBLICATION " + name + " DROP TABLES IN SCHEMA " + String.join(", ", b.schemas())
                            + ";");
                }
            }
        }
        List<String> before = options(b);
        List<String> after = options(a);
        if (!before.equals(after)) {
            out.add("ALTER PUBLICATION " + name + " SET (" + String.join(", ", after) + ");");
        }
        out.addAll(Decorations.owner("PUBLICATION", name, b.owner(), a.owner()));
        out.addAll(Decorations.comment("PUBLICATION " + name, b.comment(), a.comment()));
        return Alteration.of(a.id(), out);
    }

    /** {@code TABLE a, b (c) WHERE (...), TABLES IN SCHEMA s}: what SET and FOR take. */
    private static String members(Publication p) {
        List<String> parts = new ArrayList<>();
        if (!p.tables().isEmpty()) {
            parts.add("TABLE " + String.join(", ", p.tables().stream().map(PublicationKind::table).toList()));
        }
        if (!p.schemas().isEmpty()) {
            parts.add("TABLES IN SCHEMA " + String.join(", ", p.schemas()));
        }
        return String.join(", ", parts);
    }

    private static String table(PublishedTable t) {
        return t.table() + (t.columns().isEmpty() ? "" : " (" + String.join(", ", t.columns()) + ")")
                + (t.rowFilter() == null ? "" : " WHERE (" + t.rowFilter() + ")");
    }

    /** Every option, written out whether default or not, so that a change is a plain SET of all of them. */
    private static List<String> options(Publication p) {
        List<String> options = new ArrayList<>();
        options.add("publish = " + literal(String.join(", ", p.publish())));
        options.add("publish_via_partition_root = " + p.viaPartitionRoot());
        if (p.generatedColumns() != null) {
            options.add("publish_generated_columns = " + p.generatedColumns());
        }
        return options;
    }
}
