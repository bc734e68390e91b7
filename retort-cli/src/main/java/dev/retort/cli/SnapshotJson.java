package dev.retort.cli;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.ObjectId;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/** A snapshot as JSON: every object with its identity, kind and record fields, then the dependency edges. */
final class SnapshotJson {
    private SnapshotJson() {
    }

    static String write(CatalogSnapshot snapshot) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"schemaVersion\": 1,\n  \"serverVersionNum\": ").append(snapshot.serverVersionNum()).append(",\n  \"objects\": [");
        String sep = "\n    ";
        for (CatalogObject o : snapshot.all()) {
            sb.append(sep).append("{\"id\": ");
            string(sb, o.id().toString());
            sb.append(", \"kind\": ");
            string(sb, o.id().kind().label());
            for (RecordComponent c : o.getClass().getRecordComponents()) {
                sb.append(", ");
                string(sb, c.getName());
                sb.append(": ");
                value(sb, read(c, o));
            }
            sb.append('}');
            sep = ",\n    ";
        }
        sb.append("\n  ],\n  \"dependencies\": [");
        sep = "\n    ";
        for (ObjectId from : snapshot.objects().keySet()) {
            for (ObjectId to : snapshot.dependencies().dependenciesOf(from)) {
                sb.append(sep).append("{\"from\": ");
                string(sb, from.toString());
                sb.append(", \"to\": ");
                string(sb, to.toString());
                sb.append('}');
                sep = ",\n    ";
            }
        }
        return sb.append("\n  ]\n}").toString();
    }

    private static Object read(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean || v instanceof Number) {
            sb.append(v);
        } else if (v instanceof Collection<?> items) {
            sb.append('[');
            String sep = "";
            for (Object item : items) {
                sb.append(sep);
                value(sb, item);
                sep = ", ";
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(sep);
                string(sb, String.valueOf(e.getKey()));
                sb.append(": ");
                value(sb, e.getValue());
                sep = ", ";
            }
            sb.append('}');
        } else if (v instanceof Record record) {
            sb.append('{');
            String sep = "";
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                sb.append(sep);
                string(sb, c.getName());
                sb.append(": ");
                value(sb, read(c, record));
                sep = ", ";
            }
            sb.append('}');
        } else {
            string(sb, v.toString());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append(Json.string(s));
    }
}
