package dev.retort.hibernate;

import dev.retort.declared.DeclarationException;
import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.DeclaredSource;
import dev.retort.declared.WrittenNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.Value;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * Builds Hibernate's mapping model offline (no connection: the dialect is PostgreSQL's at the given major) and
 * turns its create DDL into declared sources, one per table with a line per column, each column attributed to the
 * entity field it maps, so that PostgreSQL's errors name the class and field.
 */
final class HibernateDdl {
    private static final Pattern TABLE_HEAD = Pattern.compile(
            "(?is)^\\s*(?:create\\s+(?:unlogged\\s+)?table|alter\\s+table(?:\\s+if\\s+exists)?|create\\s+(?:unique\\s+)?"
                    + "index\\s+\\S+\\s+on|comment\\s+on\\s+table)\\s+((?:\"[^\"]+\"|[^\\s(.\"]+)(?:\\.(?:\"[^\"]+\"|[^\\s(.\"]+))?)");
    private static final Pattern COLUMN_COMMENT = Pattern.compile(
            "(?is)^\\s*comment\\s+on\\s+column\\s+((?:\"[^\"]+\"|[^\\s(.\"]+)(?:\\.(?:\"[^\"]+\"|[^\\s(.\"]+))*)\\.");
    private static final Pattern SEQUENCE = Pattern.compile("(?is)^\\s*create\\s+sequence\\s+(\\S+)");

    /**
     * Hibernate logs its start-up at INFO through java.util.logging when nothing else is set up; a schema command
     * has no use for it. Held so the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger HIBERNATE_LOG = java.util.logging.Logger.getLogger("org.hibernate");

    static {
        if (HIBERNATE_LOG.getLevel() == null) {
            HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        }
    }

    private HibernateDdl() {
    }

    /** The schemas the declaration owns (empty: every one) and those it excludes, as configured. */
    record Scope(List<String> schemas, List<String> excluded) {
        static Scope of(Map<String, String> settings) {
            return new Scope(list(settings.get("schemas")), list(settings.get("exclude_schemas")));
        }

        private static List<String> list(String value) {
            return value == null ? List.of() : java.util.Arrays.stream(value.split(",")).map(String::strip)
                    .filter(x -> !x.isEmpty()).toList();
        }

        boolean owns(String schema) {
            return (schemas.isEmpty() || schemas.contains(schema)) && !excluded.contains(schema);
        }
    }

    static DeclaredSchema render(EntityClasses entities, Naming naming, Map<String, Object> settings, Scope scope,
                                 int major, ClassLoader loader) {
        String hibernate = "Hibernate " + Version.getVersionString();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistryBuilder registry = new StandardServiceRegistryBuilder(bootstrap);
        registry.applySettings(settings);
        registry.applySetting("jakarta.persistence.database-product-name", "PostgreSQL");
        if (major > 0) {
            registry.applySetting("jakarta.persistence.database-major-version", String.valueOf(major));
            registry.applySetting("jakarta.persistence.database-minor-version", "0");
        }
        registry.applySetting("hibernate.boot.allow_jdbc_metadata_access", "false");
        registry.applySetting("hibernate.temp.use_jdbc_metadata_defaults", "false");
        registry.applySetting("hibernate.hbm2ddl.auto", "none");
        registry.applySetting("hibernate.connection.provider_disables_autocommit", "true");
        StandardServiceRegistry services = null;
        try {
            services = registry.build();
            MetadataSources sources = new MetadataSources(services);
            entities.classes().forEach(sources::addAnnotatedClass);
            entities.packages().forEach(sources::addPackage);
            entities.mappingFiles().forEach(sources::addResource);
            Set<String> generated = new HashSet<>();
            MetadataBuilder builder = sources.getMetadataBuilder()
                    .applyPhysicalNamingStrategy(naming.physical())
                    .applyImplicitNamingStrategy(naming.recording(generated));
            Metadata metadata = builder.build();
            List<String> ddl = new SchemaCreatorImpl(services).generateCreationCommands(metadata, true);
            return new HibernateDdl.Sources(hibernate, metadata, generated, naming, scope).declare(ddl);
        } catch (DeclarationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DeclarationException(hibernate + " refused the entity mapping: " + messages(e), e);
        } finally {
            if (services != null) {
                StandardServiceRegistryBuilder.destroy(services);
            }
            thread.setContextClassLoader(previous);
        }
    }

    /** The exception's message and its causes', which say which class and property. */
    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }

    /** The DDL grouped by table and attributed to entity classes and fields. */
    private static final class Sources {
        private final String hibernate;
        private final Set<String> generated;
        /** Table key (schema.table as PostgreSQL stores it) to the entity or collection mapping it. */
        private final Map<String, String> tableOwners = new HashMap<>();
        /** Table key to column name to the field mapping it. */
        private final Map<String, Map<String, String>> columnFields = new HashMap<>();
        private final Map<String, Table> tables = new LinkedHashMap<>();
        /** Sequence key to the identifier field whose generator uses it. */
        private final Map<String, String> sequenceUsers = new HashMap<>();
        private final Scope scope;

        Sources(String hibernate, Metadata metadata, Set<String> generated, Naming naming, Scope scope) {
            this.hibernate = hibernate;
            this.generated = generated;
            this.scope = scope;
            for (PersistentClass entity : metadata.getEntityBindings()) {
                String owner = entity.getClassName() != null ? entity.getClassName() : entity.getEntityName();
                sequenceUsers(entity, owner, naming);
                Table table = entity.getTable();
                tableOwners.putIfAbsent(key(table), owner);
                tables.putIfAbsent(key(table), table);
                if (entity.getIdentifierProperty() != null) {
                    fields(owner, entity.getIdentifierProperty());
                } else if (entity.getIdentifier() instanceof Component id) {
                    id.getProperties().forEach(p -> fields(owner, p));
                }
                if (entity.getVersion() != null) {
                    fields(owner, entity.getVersion());
                }
                if (entity.getDiscriminator() != null) {
                    columns(entity.getDiscriminator(), owner + " (discriminator)");
                }
                for (Property p : entity.getProperties()) {
                    fields(owner, p);
                }
                for (var join : entity.getJoins()) {
                    tableOwners.putIfAbsent(key(join.getTable()), owner + " (secondary table)");
                    tables.putIfAbsent(key(join.getTable()), join.getTable());
                    join.getProperties().forEach(p -> fields(owner, p));
                }
            }
            for (Collection c : metadata.getCollectionBindings()) {
                Table table = c.getCollectionTable();
                if (table != null) {
                    tableOwners.putIfAbsent(key(table), c.getRole());
                    tables.putIfAbsent(key(table), table);
                    columns(c.getKey(), c.getRole() + " (key)");
                    if (c.getElement() instanceof Component element) {
                        element.getProperties().forEach(p -> fields(c.getRole(), p));
                    } else if (c.getElement() != null) {
                        columns(c.getElement(), c.getRole());
                    }
                    if (c instanceof org.hibernate.mapping.IndexedCollection indexed && indexed.getIndex() != null) {
                        columns(indexed.getIndex(), c.getRole() + " (index)");
                    }
                }
            }
        }

        /**
         * The sequences an entity's identifier may use: those its {@code @SequenceGenerator}s name, and Hibernate's
         * default {@code <entity>_SEQ} as the naming strategy renders it.
         */
        private void sequenceUsers(PersistentClass entity, String owner, Naming naming) {
            if (entity.getIdentifierProperty() == null) {
                return;
            }
            String label = owner + "." + entity.getIdentifierProperty().getName();
            try {
                var physical = naming.physical().toPhysicalSequenceName(
                        org.hibernate.boot.model.naming.Identifier.toIdentifier(entity.getEntityName()
                                .replaceFirst(".*\\.", "") + "_SEQ"), null);
                sequenceUsers.putIfAbsent(tableKey(physical.render()), label);
            } catch (RuntimeException e) {
                // a user's strategy that needs the JDBC environment: the default name stays unattributed
            }
            Class<?> type = entity.getMappedClass();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                List<jakarta.persistence.SequenceGenerator> generators = new ArrayList<>();
                generators.add(c.getAnnotation(jakarta.persistence.SequenceGenerator.class));
                for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                    generators.add(f.getAnnotation(jakarta.persistence.SequenceGenerator.class));
                }
                for (var g : generators) {
                    if (g != null) {
                        String name = g.sequenceName().isEmpty() ? g.name() : g.sequenceName();
                        String schema = g.schema().isEmpty() ? "" : SpringPhysicalNaming.apply(
                                org.hibernate.boot.model.naming.Identifier.toIdentifier(g.schema())).render() + ".";
                        sequenceUsers.putIfAbsent(tableKey(schema + naming.physical().toPhysicalSequenceName(
                                org.hibernate.boot.model.naming.Identifier.toIdentifier(name), null).render()), label);
                    }
                }
            }
        }

        private void fields(String owner, Property property) {
            String label = owner + "." + property.getName();
            if (property.getValue() instanceof Component component) {
                for (Property p : component.getProperties()) {
                    fields(label, p);
                }
                return;
            }
            columns(property.getValue(), label);
        }

        private void columns(Value value, String label) {
            if (value == null || value.getTable() == null) {
                return;
            }
            for (Selectable s : value.getSelectables()) {
                if (s instanceof Column column) {
                    columnFields.computeIfAbsent(key(value.getTable()), k -> new HashMap<>())
                            .putIfAbsent(stored(column.getName(), column.isQuoted()), label);
                }
            }
        }

        DeclaredSchema declare(List<String> ddl) {
            List<DeclaredSource> out = new ArrayList<>();
            for (String statement : ddl) {
                String sql = statement.strip();
                if (sql.endsWith(";")) {
                    sql = sql.substring(0, sql.length() - 1);
                }
                Matcher m = TABLE_HEAD.matcher(sql);
                Matcher c = COLUMN_COMMENT.matcher(sql);
                Matcher seq = SEQUENCE.matcher(sql);
                if (m.find() && sql.regionMatches(true, 0, "create table", 0, 12)) {
                    requireInScope(tableKey(m.group(1)), owner(tableKey(m.group(1))));
                    out.add(createTable(sql, tableKey(m.group(1))));
                } else if (m.find(0)) {
                    out.add(DeclaredSource.definedBy(owner(tableKey(m.group(1))), sql + ";"));
                } else if (c.find()) {
                    out.add(DeclaredSource.definedBy(owner(tableKey(c.group(1))), sql + ";"));
                } else if (seq.find()) {
                    String key = tableKey(seq.group(1));
                    String user = sequenceUsers.get(key);
                    String label = user != null ? user + " (sequence " + key + ")" : hibernate + ": sequence " + key;
                    requireInScope(key, label);
                    out.add(DeclaredSource.definedBy(label, sql + ";"));
                } else {
                    out.add(DeclaredSource.definedBy(hibernate, sql + ";"));
                }
            }
            return new DeclaredSchema(out, writtenNames(), List.of());
        }

        private void requireInScope(String key, String label) {
            String schema = key.substring(0, key.indexOf('.'));
            if (!scope.owns(schema)) {
                List<String> settings = new ArrayList<>();
                if (!scope.schemas().isEmpty()) {
                    settings.add("schemas = " + scope.schemas());
                }
                if (!scope.excluded().isEmpty()) {
                    settings.add("exclude_schemas = " + scope.excluded());
                }
                throw new DeclarationException(label + ": " + key + " is in schema " + schema + ", which the "
                        + "declared scope does not own (" + String.join(", ", settings) + "): Retort would never "
                        + "create it; move it, or widen the scope");
            }
        }

        private String owner(String tableKey) {
            String owner = tableOwners.get(tableKey);
            return owner != null ? owner + " (table " + tableKey + ")" : hibernate + ": table " + tableKey;
        }

        /** {@code create table t (a ..., b ..., primary key (a))} with one item a line, each attributed. */
        private DeclaredSource createTable(String sql, String tableKey) {
            int open = sql.indexOf('(');
            int close = matching(sql, open);
            if (open < 0 || close < 0) {
                return DeclaredSource.definedBy(owner(tableKey), sql + ";");
            }
            List<String> items = topLevelItems(sql.substring(open + 1, close));
            Map<String, String> fields = columnFields.getOrDefault(tableKey, Map.of());
            StringBuilder text = new StringBuilder(sql.substring(0, open + 1).strip()).append('\n');
            List<String> lines = new ArrayList<>();
            lines.add(null);
            for (int i = 0; i < items.size(); i++) {
                String item = textInList(items.get(i).strip());
                text.append("    ").append(item).append(i < items.size() - 1 ? "," : "").append('\n');
                String field = fields.get(columnName(item));
                lines.add(field == null ? null : field + " (column " + tableKey + "." + columnName(item) + ")");
            }
            text.append(sql.substring(close).strip()).append(';');
            return DeclaredSource.definedBy(owner(tableKey), text.toString(), lines);
        }

        /** For each table, the constraint and index names the mapping wrote (annotations), as PostgreSQL stores them. */
        private List<WrittenNames> writtenNames() {
            List<WrittenNames> out = new ArrayList<>();
            for (Map.Entry<String, Table> e : tables.entrySet()) {
                Table t = e.getValue();
                if (!t.isPhysicalTable()) {
                    continue;
                }
                Set<String> written = new HashSet<>();
                for (ForeignKey fk : t.getForeignKeys().values()) {
                    written(written, fk.getName());
                }
                for (UniqueKey uk : t.getUniqueKeys().values()) {
                    written(written, uk.getName());
                }
                for (Index ix : t.getIndexes().values()) {
                    written(written, ix.getName());
                }
                for (CheckConstraint check : t.getChecks()) {
                    if (check.isNamed()) {
                        written(written, check.getName());
                    }
                }
                String[] parts = e.getKey().split("\\.", 2);
                out.add(new WrittenNames(parts[0], parts[1], written));
            }
            return out;
        }

        private void written(Set<String> written, String name) {
            if (name != null && !generated.contains(name)) {
                written.add(stored(name, false));
            }
        }
    }

    private static final Pattern VARCHAR_IN_CHECK = Pattern.compile(
            "(?i)^((\"[^\"]+\"|\\S+)\\s+(?:varchar|character varying|char|character)\\b.*\\bcheck\\s*(?:\\(\\s*)+)(\\2)(\\s+in\\s*\\()");

    /**
     * {@code status varchar(16) check (status in ('A','B'))}, as Hibernate writes an enum column, with the column
     * cast to text: PostgreSQL renders the uncast list in a form that does not read back the same, so the declared
     * check would differ from the migrated one forever; cast, it renders as it reads.
     */
    static String textInList(String item) {
        Matcher m = VARCHAR_IN_CHECK.matcher(item);
        return m.find() ? item.substring(0, m.start(3)) + m.group(3) + "::text" + item.substring(m.end(3)) : item;
    }

    /** The first token of a column line (quoted or not), as PostgreSQL stores it; null for a constraint line. */
    static String columnName(String item) {
        String t = item.strip();
        if (t.startsWith("\"")) {
            int end = t.indexOf('"', 1);
            return end < 0 ? null : t.substring(1, end);
        }
        String word = t.split("\\s+", 2)[0];
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("primary") || lower.equals("constraint") || lower.equals("unique") || lower.equals("check")
                || lower.equals("foreign")) {
            return null;
        }
        return lower;
    }

    /** {@code schema.table} as PostgreSQL stores it (unquoted names fold to lower case; no schema is public). */
    static String key(Table table) {
        String schema = table.getSchema() == null ? "public" : stored(table.getSchema(), table.getSchemaIdentifier() != null
                && table.getSchemaIdentifier().isQuoted());
        return schema + "." + stored(table.getName(), table.isQuoted());
    }

    private static String tableKey(String rendered) {
        List<String> parts = new ArrayList<>();
        Matcher m = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^.\"]+)").matcher(rendered);
        while (m.find()) {
            parts.add(m.group(1) != null ? m.group(1).replace("\"\"", "\"") : m.group(2).toLowerCase(Locale.ROOT));
        }
        return parts.size() == 1 ? "public." + parts.get(0) : parts.get(parts.size() - 2) + "." + parts.get(parts.size() - 1);
    }

    static String stored(String name, boolean quoted) {
        if (name.startsWith("`") || name.startsWith("\"")) {
            return name.substring(1, name.length() - 1);
        }
        return quoted ? name : name.toLowerCase(Locale.ROOT);
    }

    private static int matching(String s, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        boolean quote = false;
        boolean ident = false;
        for (int i = open; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quote) {
                quote = ch != '\'';
            } else if (ident) {
                ident = ch != '"';
            } else if (ch == '\'') {
                quote = true;
            } else if (ch == '"') {
                ident = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> topLevelItems(String body) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quote = false;
        boolean ident = false;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quote) {
                quote = ch != '\'';
            } else if (ident) {
                ident = ch != '"';
            } else if (ch == '\'') {
                quote = true;
            } else if (ch == '"') {
                ident = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                items.add(body.substring(start, i));
                start = i + 1;
            }
        }
        items.add(body.substring(start));
        return items;
    }
}
