package dev.retort.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@link CatalogSnapshot} from PostgreSQL's catalogs: one round trip for the settings and one for all the
 * catalog queries (one query per kind, whatever the number of objects), inside a read-only repeatable-read
 * transaction so the queries see one consistent state. {@code search_path} is {@code pg_catalog} while reading,
 * so every name PostgreSQL renders into a definition comes schema-qualified, the same in every database.
 *
 * <p>Nested loops are off while reading: right after bulk DDL the catalogs' statistics are stale and the planner
 * picks nested loops over thousands of rows (a 50k-object read took 10.7 s instead of 4). That makes some plans'
 * estimated costs huge, which would trigger PostgreSQL's JIT compiler on every query (hundreds of milliseconds for
 * queries that run in a few), so JIT is off too.
 */
public final class CatalogInspector {
    private static final String BATCH = String.join(";\n", java.util.Arrays.stream(CatalogQuery.values())
            .map(q -> CatalogQueries.load(q.resource())).toList());

    // Fixed OIDs of the system catalogs (the same in every PostgreSQL version).
    static final long PG_TYPE = 1247;
    static final long PG_PROC = 1255;
    static final long PG_CLASS = 1259;
    static final long PG_ATTRDEF = 2604;
    static final long PG_CONSTRAINT = 2606;
    static final long PG_NAMESPACE = 2615;
    static final long PG_TRIGGER = 2620;
    static final long PG_EXTENSION = 3079;
    static final long PG_POLICY = 3256;
    static final long PG_EVENT_TRIGGER = 3466;
    static final long PG_REWRITE = 2618;
    static final long PG_COLLATION = 3456;
    static final long PG_STATISTIC_EXT = 3381;
    static final long PG_PUBLICATION = 6104;
    static final long PG_PUBLICATION_REL = 6106;
    static final long PG_CAST = 2605;
    static final long PG_TS_PARSER = 3601;
    static final long PG_TS_TEMPLATE = 3764;
    static final long PG_TS_DICT = 3600;
    static final long PG_TS_CONFIG = 3602;
    static final long PG_AM = 2601;
    static final long PG_OPERATOR = 2617;
    static final long PG_OPFAMILY = 2753;
    static final long PG_OPCLASS = 2616;
    static final long PG_AMOP = 2602;
    static final long PG_AMPROC = 2603;
    static final long PG_FOREIGN_DATA_WRAPPER = 2328;
    static final long PG_FOREIGN_SERVER = 1417;

    private final InspectionScope scope;

    public CatalogInspector(InspectionScope scope) {
        this.scope = scope;
    }

    public CatalogInspector() {
        this(InspectionScope.ALL);
    }

    /**
     * Reads the snapshot. Outside a transaction, in a read-only repeatable-read one of its own; inside one (a dev
     * session's uncommitted work), within it, under a savepoint that takes the reading's settings back. The
     * connection's transaction state and settings are as before afterwards.
     */
    public CatalogSnapshot inspect(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            Savepoint before = connection.setSavepoint();
            try {
                return read(connection);
            } finally {
                connection.rollback(before);
                connection.releaseSavepoint(before);
            }
        }
        int isolation = connection.getTransactionIsolation();
        boolean readOnly = connection.isReadOnly();
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            return read(connection);
        } finally {
            connection.rollback();
            connection.setReadOnly(readOnly);
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(true);
        }
    }

    private CatalogSnapshot read(Connection connection) throws SQLException {
        String[] session = configure(connection);
        int versionNum = Integer.parseInt(session[0]);
        Reader reader = new Reader(scope, session[1]);
        try (Statement st = connection.createStatement()) {
            boolean hasResult = st.execute(BATCH);
            for (CatalogQuery query : CatalogQuery.values()) {
                while (!hasResult && st.getUpdateCount() != -1) {
                    hasResult = st.getMoreResults();
                }
                try (ResultSet rs = st.getResultSet()) {
                    reader.read(query, rs);
                }
                hasResult = st.getMoreResults();
            }
        }
        return reader.snapshot(versionNum);
    }

    /** Sets the reading's scope and settings; returns the server version number and the inspecting role. */
    private String[] configure(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT set_config('retort.include_schemas', ?::text[]::text, true),"
                        + " set_config('retort.exclude_schemas', ?::text[]::text, true),"
                        + " set_config('retort.version_schema', ?, true),"
                        + " set_config('search_path', 'pg_catalog', true),"
                        + " set_config('enable_nestloop', 'off', true),"
                        + " set_config('jit', 'off', true),"
                        + " current_setting('server_version_num')::int, current_user")) {
            ps.setArray(1, connection.createArrayOf("text", scope.includeSchemas().toArray()));
            ps.setArray(2, connection.createArrayOf("text", scope.excludeSchemas().toArray()));
            ps.setString(3, scope.versionSchema());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new String[] {Integer.toString(rs.getInt(7)), rs.getString(8)};
            }
        }
    }

    /** Turns result sets into records, remembering each object's catalog address for the dependency graph. */
    private static final class Reader {
        private final InspectionScope scope;
        private final String currentUser;
        private final TreeMap<ObjectId, CatalogObject> objects = new TreeMap<>();
        private final Map<String, ObjectId> byAddress = new HashMap<>();
        private final Map<Long, RelationRow> relations = new LinkedHashMap<>();
        private final Map<Long, List<Column>> columns = new HashMap<>();
        private final Map<String, String> columnNames = new HashMap<>();
        private final DependencyGraph.Builder graph = DependencyGraph.builder();
        private final List<String> unmodelled = new ArrayList<>();
        private final Map<String, List<String>> extensionUpdates = new HashMap<>();
        private final Map<ObjectId, CatalogSnapshot.TableSize> sizes = new HashMap<>();

        Reader(InspectionScope scope, String currentUser) {
            this.scope = scope;
            this.currentUser = currentUser;
        }

        private record RelationRow(ObjectId id, String relkind, Row row) {
        }

        void read(CatalogQuery query, ResultSet rs) throws SQLException {
            while (rs.next()) {
                Row row = new Row(rs);
                switch (query) {
                    case SCHEMAS -> add(PG_NAMESPACE, row.oid(), new Schema(row.str("name"), owner(row),
                            privileges(row), row.str("comment")));
                    case EXTENSIONS -> {
                        add(PG_EXTENSION, row.oid(), new Extension(row.str("name"), row.str("schema"),
                                row.str("version"), row.str("comment")));
                        extensionUpdates.put(row.str("name"), row.strings("update_targets"));
                    }
                    case RELATIONS -> relation(row);
                    case COLUMNS -> column(row);
                    case DEFAULTS -> add(PG_ATTRDEF, row.oid(), new ColumnDefault(row.str("schema"),
                            row.str("table_name"), row.str("column_name"), row.str("relkind").equals("v"),
                            row.str("expression")));
                    case CONSTRAINTS -> constraint(row);
                    case INDEXES -> add(PG_CLASS, row.oid(), new Index(row.str("schema"), row.str("table_name"),
                            row.str("name"), row.str("definition"), row.bool("replica_identity"),
                            row.bool("clustered"), row.str("comment")));
                    case SEQUENCES -> sequence(row);
                    case ENUMS -> type(row, new EnumType(row.str("schema"), row.str("name"),
                            row.strings("labels"), owner(row), privileges(row), row.str("comment")));
                    case COMPOSITE_TYPES -> compositeType(row);
                    case DOMAINS -> domain(row);
                    case RANGE_TYPES -> rangeType(row);
                    case ROUTINES -> routine(row);
                    case TRIGGERS -> add(PG_TRIGGER, row.oid(), new Trigger(row.str("schema"),
                            row.str("table_name"), row.str("name"), row.str("definition"),
                            TriggerState.fromCatalog(row.str("enabled")),
                            row.str("comment")));
                    case EVENT_TRIGGERS -> add(PG_EVENT_TRIGGER, row.oid(), new EventTrigger(row.str("name"),
                            row.str("event"), row.str("function_name"),
                            TriggerState.fromCatalog(row.str("enabled")), row.strings("tags"),
                            owner(row), row.str("comment")));
                    case POLICIES -> add(PG_POLICY, row.oid(), new Policy(row.str("schema"),
                            row.str("table_name"), row.str("name"), row.bool("permissive"),
                            PolicyCommand.fromCatalog(row.str("command")),
                            row.strings("roles"), row.str("using_expression"), row.str("check_expression"),
                            row.str("comment")));
                    case DEFAULT_PRIVILEGES -> defaultPrivileges(row);
                    case RULES -> add(PG_REWRITE, row.oid(), new Rule(row.str("schema"), row.str("table_name"),
                            row.str("name"), stripSemicolon(row.str("definition")),
                            TriggerState.fromCatalog(row.str("enabled")), row.str("comment")));
                    case COLLATIONS -> collation(row);
                    case STATISTICS -> add(PG_STATISTIC_EXT, row.oid(), new ExtendedStatistics(row.str("schema"),
                            row.str("table_name"), row.str("name"), row.str("statistics_schema"),
                            row.str("definition"), row.str("target") == null ? null : row.integer("target"),
                            owner(row), row.str("comment")));
                    case PUBLICATIONS -> publication(row);
                    case CASTS -> add(PG_CAST, row.oid(), new Cast(row.str("source"), row.str("target"),
                            CatalogCode.decode(Cast.Method.class, row.str("method")), row.str("function"),
                            CatalogCode.decode(Cast.Context.class, row.str("context")), row.str("comment")));
                    case TEXT_SEARCH_PARSERS -> add(PG_TS_PARSER, row.oid(), new TextSearchParser(row.str("schema"),
                            row.str("name"), row.str("start"), row.str("gettoken"), row.str("end"),
                            row.str("lextypes"), row.str("headline"), row.str("comment")));
                    case TEXT_SEARCH_TEMPLATES -> add(PG_TS_TEMPLATE, row.oid(), new TextSearchTemplate(
                            row.str("schema"), row.str("name"), row.str("init"), row.str("lexize"),
                            row.str("comment")));
                    case TEXT_SEARCH_DICTIONARIES -> add(PG_TS_DICT, row.oid(), new TextSearchDictionary(
                            row.str("schema"), row.str("name"), row.str("template"),
                            TextSearchDictionary.options(row.str("options")), owner(row), row.str("comment")));
                    case TEXT_SEARCH_CONFIGURATIONS -> textSearchConfiguration(row);
                    case ACCESS_METHODS -> add(PG_AM, row.oid(), new AccessMethod(row.str("name"),
                            row.str("type").equals("t") ? AccessMethod.Type.TABLE : AccessMethod.Type.INDEX,
                            row.str("handler"), row.str("comment")));
                    case OPERATORS -> add(PG_OPERATOR, row.oid(), new Operator(row.str("schema"), row.str("name"),
                            row.str("left_type"), row.str("right_type"), row.str("function"),
                            row.str("commutator"), row.str("negator"), row.str("restrict"), row.str("join"),
                            row.bool("hashes"), row.bool("merges"), owner(row), row.str("comment")));
                    case OPERATOR_FAMILIES -> {
                        OperatorFamily f = new OperatorFamily(row.str("schema"), row.str("name"), row.str("method"),
                                row.strings("members"), owner(row), row.str("comment"));
                        add(PG_OPFAMILY, row.oid(), f);
                        members(row, f.id());
                    }
                    case OPERATOR_CLASSES -> {
                        OperatorClass c = new OperatorClass(row.str("schema"), row.str("name"), row.str("method"),
                                row.str("type"), row.bool("is_default"), row.str("family"), row.str("storage"),
                                row.strings("members"), owner(row), row.str("comment"));
                        add(PG_OPCLASS, row.oid(), c);
                        members(row, c.id());
                    }
                    case FOREIGN_DATA_WRAPPERS -> add(PG_FOREIGN_DATA_WRAPPER, row.oid(), new ForeignDataWrapper(
                            row.str("name"), row.str("handler"), row.str("validator"), options(row, "options"),
                            owner(row), privileges(row), row.str("comment")));
                    case FOREIGN_SERVERS -> add(PG_FOREIGN_SERVER, row.oid(), new ForeignServer(row.str("name"),
                            row.str("wrapper"), row.str("type"), row.str("version"), options(row, "options"),
                            owner(row), privileges(row), row.str("comment")));
                    case FOREIGN_TABLES -> foreignTable(row);
                    case UNMODELLED -> unmodelled.add(row.str("object"));
                    case DEPENDENCIES -> dependency(row);
                    default -> throw new IllegalStateException("no reader for catalog query " + query);
                }
            }
            if (query == CatalogQuery.COLUMNS) {
                // Every later reader may look relations up as the objects they now are.
                finishRelations();
            }
        }

        CatalogSnapshot snapshot(int versionNum) {
            return new CatalogSnapshot(versionNum, objects, graph.build(), unmodelled, extensionUpdates, sizes);
        }

        private void add(long classId, long oid, CatalogObject object) {
            objects.put(object.id(), object);
            byAddress.put(address(classId, oid), object.id());
        }

        private void alias(long classId, long oid, ObjectId id) {
            if (oid != 0) {
                byAddress.put(address(classId, oid), id);
            }
        }

        private static String address(long classId, long oid) {
            return classId + "/" + oid;
        }

        private String owner(Row row) throws SQLException {
            String owner = row.str("owner");
            return scope.owners() && !owner.equals(currentUser) ? owner : null;
        }

        private static Privileges privileges(Row row) throws SQLException {
            return Privileges.fromAcl(row.array("acl"), row.array("default_acl"));
        }

        private void relation(Row row) throws SQLException {
            String relkind = row.str("relkind");
            ObjectKind kind = switch (relkind) {
                case "v" -> ObjectKind.VIEW;
                case "m" -> ObjectKind.MATERIALIZED_VIEW;
                default -> ObjectKind.TABLE;
            };
            ObjectId id = ObjectId.of(kind, row.str("schema"), row.str("name"));
            if (relkind.equals("r") || relkind.equals("m")) {
                sizes.put(id, new CatalogSnapshot.TableSize(row.dbl("estimated_rows"), row.lng("size_bytes")));
            }
            relations.put(row.oid(), new RelationRow(id, relkind, row.detach()));
            byAddress.put(address(PG_CLASS, row.oid()), id);
            alias(PG_TYPE, row.lng("row_type"), id);
        }

        private void column(Row row) throws SQLException {
            Identity identity = null;
            String idKind = row.str("identity");
            if (!idKind.isEmpty()) {
                identity = new Identity(idKind.equals("a"), row.str("identity_sequence_schema"),
                        row.str("identity_sequence_name"), row.str("identity_type"), row.lng("identity_start"),
                        row.lng("identity_increment"), row.lng("identity_min"), row.lng("identity_max"),
                        row.lng("identity_cache"), row.bool("identity_cycle"));
            }
            String generated = switch (row.str("generated")) {
                case "s" -> "STORED";
                case "v" -> "VIRTUAL";
                default -> null;
            };
            columnNames.put(row.lng("relid") + "/" + row.lng("attnum"), row.str("name"));
            // What a generation expression needs, its table needs: the column is created with the table.
            alias(PG_ATTRDEF, row.lng("generation_oid"), relations.get(row.lng("relid")).id());
            columns.computeIfAbsent(row.lng("relid"), k -> new ArrayList<>()).add(new Column(row.str("name"),
                    row.str("type"), row.str("collation"), row.bool("not_null"), identity, generated,
                    row.str("generation_expression"), !row.bool("is_local"),
                    Privileges.fromAcl(row.array("acl"), new String[0]), row.str("comment"),
                    Column.Settings.of(row.str("statistics") == null ? null : Integer.valueOf(row.str("statistics")),
                            row.str("storage"), row.str("default_storage"), row.strings("options"),
                            row.str("compression"))));
        }

        /** Relations become records once their columns are known. */
        private void finishRelations() throws SQLException {
            for (Map.Entry<Long, RelationRow> e : relations.entrySet()) {
                RelationRow r = e.getValue();
                Row row = r.row();
                List<Column> cols = columns.getOrDefault(e.getKey(), List.of());
                String schema = row.str("schema");
                String name = row.str("name");
                CatalogObject object = switch (r.relkind()) {
                    case "v" -> new View(schema, name, stripSemicolon(row.str("definition")), row.strings("options"),
                            cols, owner(row), privileges(row), row.str("comment"));
                    case "m" -> new MaterializedView(schema, name, stripSemicolon(row.str("definition")),
                            row.strings("options"), row.bool("populated"), row.str("access_method"), cols,
                            owner(row), privileges(row), row.str("comment"));
                    default -> new Table(schema, name, row.str("persistence").equals("u"),
                            row.str("partition_key"), row.str("partition_bound"), parents(row),
                            row.strings("options"), row.bool("rls_enabled"), row.bool("rls_forced"),
                            ReplicaIdentity.fromCatalog(row.str("replica_identity")), row.str("access_method"), cols, owner(row),
                            privileges(row), row.str("comment"), row.str("of_type"));
                };
                objects.put(object.id(), object);
            }
        }

        private static List<String> parents(Row row) throws SQLException {
            List<String> schemas = row.strings("parent_schemas");
            List<String> names = row.strings("parent_names");
            List<String> parents = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                parents.add(Identifiers.qualify(schemas.get(i), names.get(i)));
            }
            return parents;
        }

        private static String stripSemicolon(String definition) {
            String d = definition.strip();
            return d.endsWith(";") ? d.substring(0, d.length() - 1) : d;
        }

        private void constraint(Row row) throws SQLException {
            Constraint c = new Constraint(row.str("schema"), row.str("table_name"), row.str("name"),
                    ConstraintType.fromCatalog(row.str("type")), Constraint.withIndexParameters(row.str("definition"), row.strings("index_options"),
                    row.str("index_tablespace")), row.str("comment"), row.str("index_comment"));
            add(PG_CONSTRAINT, row.oid(), c);
            if (c.type().hasIndex()) {
                alias(PG_CLASS, row.lng("index_oid"), c.id());
            }
        }

        private void sequence(Row row) throws SQLException {
            ObjectId ownedBy = row.str("owned_by_table") == null ? null
                    : ObjectId.of(ObjectKind.TABLE, row.str("owned_by_schema"), row.str("owned_by_table"));
            add(PG_CLASS, row.oid(), new Sequence(row.str("schema"), row.str("name"), row.str("data_type"),
                    row.lng("start"), row.lng("increment"), row.lng("min"), row.lng("max"), row.lng("cache"),
                    row.bool("cycle"), ownedBy, row.str("owned_by_column"), owner(row), privileges(row),
                    row.str("comment"), row.bool("unlogged")));
        }

        private void type(Row row, CatalogObject type) throws SQLException {
            add(PG_TYPE, row.oid(), type);
            alias(PG_TYPE, row.lng("array_type"), type.id());
        }

        private void compositeType(Row row) throws SQLException {
            List<String> names = row.strings("attribute_names");
            List<String> types = row.strings("attribute_types");
            List<String> collations = row.strings("attribute_collations");
            List<CompositeType.Attribute> attributes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                attributes.add(new CompositeType.Attribute(names.get(i), types.get(i), collations.get(i)));
            }
            CompositeType type = new CompositeType(row.str("schema"), row.str("name"), attributes, owner(row),
                    privileges(row), row.str("comment"));
            type(row, type);
            alias(PG_CLASS, row.lng("relation"), type.id());
        }

        private void domain(Row row) throws SQLException {
            List<String> names = row.strings("check_names");
            List<String> definitions = row.strings("check_definitions");
            List<String> comments = row.strings("check_comments");
            List<Domain.Check> checks = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                checks.add(new Domain.Check(names.get(i), definitions.get(i), comments.get(i)));
            }
            Domain domain = new Domain(row.str("schema"), row.str("name"), row.str("base_type"),
                    row.str("collation"), row.bool("not_null"), row.str("default_expression"), checks, owner(row),
                    privileges(row), row.str("comment"));
            type(row, domain);
            for (String oid : row.strings("constraint_oids")) {
                alias(PG_CONSTRAINT, Long.parseLong(oid), domain.id());
            }
        }

        private void rangeType(Row row) throws SQLException {
            RangeType range = new RangeType(row.str("schema"), row.str("name"), row.str("subtype"),
                    row.str("subtype_opclass"), row.str("collation"), row.str("canonical"),
                    row.str("subtype_diff"), row.str("multirange_name"), owner(row), privileges(row),
                    row.str("comment"));
            type(row, range);
            alias(PG_TYPE, row.lng("multirange_type"), range.id());
        }

        private void routine(Row row) throws SQLException {
            String prokind = row.str("kind");
            ObjectKind kind = switch (prokind) {
                case "p" -> ObjectKind.PROCEDURE;
                case "a" -> ObjectKind.AGGREGATE;
                default -> ObjectKind.FUNCTION;
            };
            AggregateSpec aggregate = kind != ObjectKind.AGGREGATE ? null : new AggregateSpec(row.str("agg_kind"),
                    row.integer("agg_direct_args"), row.str("agg_sfunc"), row.str("agg_stype"),
                    row.integer("agg_sspace"), row.str("agg_finalfunc"), row.bool("agg_finalfunc_extra"),
                    row.str("agg_finalfunc_modify"), row.str("agg_combinefunc"), row.str("agg_serialfunc"),
                    row.str("agg_deserialfunc"), row.str("agg_initcond"), row.str("agg_msfunc"),
                    row.str("agg_minvfunc"), row.str("agg_mstype"), row.integer("agg_msspace"),
                    row.str("agg_mfinalfunc"), row.bool("agg_mfinalfunc_extra"), row.str("agg_mfinalfunc_modify"),
                    row.str("agg_minitcond"), row.str("agg_sortop"), row.str("parallel"));
            add(PG_PROC, row.oid(), new Routine(kind, row.str("schema"), row.str("name"),
                    row.str("argument_types"), row.str("arguments"), row.str("result"), row.str("definition"),
                    aggregate, owner(row), privileges(row), row.str("comment")));
        }

        private void defaultPrivileges(Row row) throws SQLException {
            DefaultPrivileges dp = new DefaultPrivileges(row.str("role"), row.str("schema"),
                    row.str("object_type"), privileges(row));
            objects.put(dp.id(), dp);
            if (dp.schema() != null) {
                graph.add(dp.id(), new ObjectId(ObjectKind.SCHEMA, null, dp.schema(), null, null));
            }
        }

        /** Only the fields the provider uses: ICU locales sat in collcollate and collctype up to PostgreSQL 14. */
        private void collation(Row row) throws SQLException {
            String provider = switch (row.str("provider")) {
                case "i" -> "icu";
                case "b" -> "builtin";
                default -> "libc";
            };
            boolean libc = provider.equals("libc");
            String locale = libc ? null : row.str("locale") != null ? row.str("locale") : row.str("lc_collate");
            add(PG_COLLATION, row.oid(), new Collation(row.str("schema"), row.str("name"), provider,
                    libc ? row.str("lc_collate") : null, libc ? row.str("lc_ctype") : null, locale,
                    row.str("icu_rules"), row.bool("deterministic"), owner(row), row.str("comment")));
        }

        private void publication(Row row) throws SQLException {
            List<String> names = row.strings("tables");
            List<String> counts = row.strings("table_column_counts");
            List<String> columns = row.strings("table_columns");
            List<String> filters = row.strings("table_filters");
            List<Publication.PublishedTable> tables = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < names.size(); i++) {
                int count = counts.get(i) == null ? 0 : Integer.parseInt(counts.get(i));
                tables.add(new Publication.PublishedTable(names.get(i), columns.subList(next, next + count),
                        filters.get(i)));
                next += count;
            }
            List<String> publish = new ArrayList<>();
            for (String op : List.of("insert", "update", "delete", "truncate")) {
                if (row.bool("publish_" + op)) {
                    publish.add(op);
                }
            }
            Publication p = new Publication(row.str("name"), row.bool("all_tables"), tables, row.strings("schemas"),
                    publish, row.bool("via_partition_root"), row.str("generated_columns"), owner(row),
                    row.str("comment"));
            add(PG_PUBLICATION, row.oid(), p);
            for (String oid : row.strings("table_member_oids")) {
                alias(PG_PUBLICATION_REL, Long.parseLong(oid), p.id());
            }
            for (String address : row.strings("schema_member_addresses")) {
                byAddress.put(address, p.id());
            }
        }

        private void textSearchConfiguration(Row row) throws SQLException {
            List<String> tokens = row.strings("tokens");
            List<String> dictionaries = row.strings("token_dictionaries");
            java.util.LinkedHashMap<String, String> mappings = new java.util.LinkedHashMap<>();
            for (int i = 0; i < tokens.size(); i++) {
                mappings.put(tokens.get(i), dictionaries.get(i));
            }
            add(PG_TS_CONFIG, row.oid(), new TextSearchConfiguration(row.str("schema"), row.str("name"),
                    row.str("parser"), mappings, owner(row), row.str("comment")));
        }

        /** An operator family's or class's operators and functions stand for it in the dependency graph. */
        private void members(Row row, ObjectId id) throws SQLException {
            for (String oid : row.strings("operator_member_oids")) {
                alias(PG_AMOP, Long.parseLong(oid), id);
            }
            for (String oid : row.strings("function_member_oids")) {
                alias(PG_AMPROC, Long.parseLong(oid), id);
            }
        }

        /** Generic options, read as parallel arrays {@code <prefix>_names} and {@code <prefix>_values}. */
        private static Map<String, String> options(Row row, String prefix) throws SQLException {
            List<String> names = row.strings(prefix + "_names");
            List<String> values = row.strings(prefix + "_values");
            Map<String, String> options = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                options.put(names.get(i), values.get(i));
            }
            return options;
        }

        private void foreignTable(Row row) throws SQLException {
            List<String> names = row.strings("column_names");
            List<String> types = row.strings("column_types");
            List<String> notNull = row.strings("column_not_null");
            List<String> defaults = row.strings("column_defaults");
            List<String> optionCounts = row.strings("column_option_counts");
            List<String> optionNames = row.strings("column_option_names");
            List<String> optionValues = row.strings("column_option_values");
            List<ForeignTable.Column> columns = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < names.size(); i++) {
                Map<String, String> options = new LinkedHashMap<>();
                int count = Integer.parseInt(optionCounts.get(i));
                for (int j = next; j < next + count; j++) {
                    options.put(optionNames.get(j), optionValues.get(j));
                }
                next += count;
                columns.add(new ForeignTable.Column(names.get(i), types.get(i), "t".equals(notNull.get(i))
                        || "true".equals(notNull.get(i)), defaults.get(i), options));
            }
            ForeignTable t = new ForeignTable(row.str("schema"), row.str("name"), row.str("server"), columns,
                    options(row, "options"), owner(row), privileges(row), row.str("comment"));
            add(PG_CLASS, row.oid(), t);
            alias(PG_TYPE, row.lng("row_type"), t.id());
        }

        private void dependency(Row row) throws SQLException {
            ObjectId from = byAddress.get(address(row.lng("classid"), row.lng("objid")));
            ObjectId to = byAddress.get(address(row.lng("refclassid"), row.lng("refobjid")));
            if (from != null && to != null) {
                graph.add(from, to);
                String column = columnNames.get(row.lng("refobjid") + "/" + row.lng("refobjsubid"));
                if (row.lng("refobjsubid") > 0 && column != null) {
                    graph.addOnColumn(from, to, column);
                }
            }
        }
    }

    /** Column access by name, with arrays as lists and a copy that outlives the result set's cursor. */
    private static final class Row {
        private final ResultSet rs;
        private final Map<String, Object> values;

        Row(ResultSet rs) {
            this.rs = rs;
            this.values = null;
        }

        private Row(Map<String, Object> values) {
            this.rs = null;
            this.values = values;
        }

        Row detach() throws SQLException {
            Map<String, Object> copy = new HashMap<>();
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
                Object value = rs.getObject(i);
                if (value instanceof Array array) {
                    value = array.getArray();
                }
                copy.put(rs.getMetaData().getColumnLabel(i), value);
            }
            return new Row(copy);
        }

        private Object get(String column) throws SQLException {
            if (values != null) {
                return values.get(column);
            }
            Object value = rs.getObject(column);
            return value instanceof Array array ? array.getArray() : value;
        }

        long oid() throws SQLException {
            return lng("oid");
        }

        // Typed getters on a live row: no boxing, no generic conversion (a 50k-object read calls them ~1M times).
        String str(String column) throws SQLException {
            if (values == null) {
                return rs.getString(column);
            }
            Object v = values.get(column);
            return v == null ? null : v.toString();
        }

        boolean bool(String column) throws SQLException {
            if (values == null) {
                return rs.getBoolean(column);
            }
            Object v = values.get(column);
            return v != null && (Boolean) v;
        }

        long lng(String column) throws SQLException {
            if (values == null) {
                return rs.getLong(column);
            }
            Object v = values.get(column);
            return v == null ? 0 : ((Number) v).longValue();
        }

        double dbl(String column) throws SQLException {
            if (values == null) {
                return rs.getDouble(column);
            }
            Object v = values.get(column);
            return v == null ? 0 : ((Number) v).doubleValue();
        }

        int integer(String column) throws SQLException {
            return (int) lng(column);
        }

        String[] array(String column) throws SQLException {
            Object v = get(column);
            if (v == null) {
                return null;
            }
            Object[] items = (Object[]) v;
            return Arrays.stream(items).map(o -> o == null ? null : o.toString()).toArray(String[]::new);
        }

        List<String> strings(String column) throws SQLException {
            String[] a = array(column);
            return a == null ? List.of() : Arrays.asList(a);
        }
    }
}
