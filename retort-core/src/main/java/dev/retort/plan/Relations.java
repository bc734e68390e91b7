package dev.retort.plan;

import static dev.retort.catalog.Identifiers.quote;

import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Column;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import dev.retort.catalog.Privileges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What tables, views and materialized views share: columns, storage parameters, per-column decorations. */
final class Relations {
    private Relations() {
    }

    static String with(List<String> options) {
        return options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")";
    }

    /** RESET the parameters that go, SET those that come or change. */
    static List<String> options(String alter, List<String> before, List<String> after) {
        Map<String, String> b = optionMap(before);
        Map<String, String> a = optionMap(after);
        List<String> set = new ArrayList<>();
        for (Map.Entry<String, String> e : a.entrySet()) {
            if (!e.getValue().equals(b.get(e.getKey()))) {
                set.add(e.getKey() + "=" + e.getValue());
            }
        }
        List<String> out = new ArrayList<>();
        List<String> reset = b.keySet().stream().filter(k -> !a.containsKey(k)).toList();
        if (!reset.isEmpty()) {
            out.add(alter + "RESET (" + String.join(", ", reset) + ");");
        }
        if (!set.isEmpty()) {
            out.add(alter + "SET (" + String.join(", ", set) + ");");
        }
        return out;
    }

    static Map<String, String> optionMap(List<String> options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String o : options) {
            int eq = o.indexOf('=');
            map.put(o.substring(0, eq), o.substring(eq + 1));
        }
        return map;
    }

    static Map<String, Column> byName(List<Column> columns) {
        Map<String, Column> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.name(), c));
        return map;
    }

    static boolean sameColumnShapes(List<Column> b, List<Column> a) {
        return b.size() == a.size() && isPrefix(b, a);
    }

    /** True when the old columns, by name and type, are the first columns of the new ones. */
    static boolean isPrefix(List<Column> b, List<Column> a) {
        if (b.size() > a.size()) {
            return false;
        }
        for (int i = 0; i < b.size(); i++) {
            if (!b.get(i).name().equals(a.get(i).name()) || !b.get(i).type().equals(a.get(i).type())
                    || !Objects.equals(b.get(i).collation(), a.get(i).collation())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Objects that stand on a column and must go while it is retyped or dropped; PostgreSQL rebuilds indexes and
     * constraints itself.
     */
    static Set<ObjectId> columnDependents(CatalogSnapshot from, ObjectId relation, String column) {
        Set<ObjectId> result = new TreeSet<>();
        for (ObjectId d : from.dependencies().dependentsOfColumn(relation, column)) {
            if (d.kind() != ObjectKind.INDEX && d.kind() != ObjectKind.CONSTRAINT && !d.equals(relation)
                    && d.kind() != ObjectKind.TABLE) {
                result.add(d);
            }
        }
        return result;
    }

    /**
     * The decorations of a new relation: its own, then its columns' comments, then its grants and its columns'
     * grants. An inherited column's comment is written only when it has one.
     */
    static List<String> created(String keyword, String name, Decorations.State state, List<Column> columns) {
        List<String> out = new ArrayList<>(Decorations.owner(keyword, name, null, state.owner()));
        out.addAll(Decorations.comment(keyword + " " + name, null, state.comment()));
        for (Column c : columns) {
            if (!c.inherited() || c.comment() != null) {
                out.addAll(Decorations.comment("COLUMN " + name + "." + quote(c.name()), null, c.comment()));
            }
        }
        out.addAll(Decorations.privileges("TABLE " + name, Privileges.DEFAULT, state.privileges()));
        for (Column c : columns) {
            out.addAll(Decorations.columnPrivileges("TABLE " + name, c.name(), Privileges.DEFAULT, c.privileges()));
        }
        return out;
    }

    /** The decorations of a view or materialized view altered in place: its own, then each column's. */
    static List<String> altered(String keyword, String name, Decorations.State before, Decorations.State after,
                                List<Column> columnsBefore, List<Column> columnsAfter) {
        List<String> out = new ArrayList<>(Decorations.owner(keyword, name, before.owner(), after.owner()));
        out.addAll(Decorations.comment(keyword + " " + name, before.comment(), after.comment()));
        out.addAll(Decorations.privileges("TABLE " + name, before.privileges(), after.privileges()));
        Map<String, Column> old = byName(columnsBefore);
        for (Column c : columnsAfter) {
            Column was = old.get(c.name());
            if (!Objects.equals(was == null ? null : was.comment(), c.comment())) {
                out.add(Decorations.commentSet("COLUMN " + name + "." + quote(c.name()), c.comment()));
            }
            out.addAll(Decorations.columnPrivileges("TABLE " + name, c.name(),
                    was == null ? Privileges.DEFAULT : was.privileges(), c.privileges()));
        }
        return out;
    }
}
