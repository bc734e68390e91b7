package dev.retort.diff;

import dev.retort.catalog.CatalogObject;
import dev.retort.catalog.CatalogSnapshot;
import dev.retort.catalog.Constraint;
import dev.retort.catalog.Identifiers;
import dev.retort.catalog.Index;
import dev.retort.catalog.ObjectId;
import dev.retort.catalog.ObjectKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * No churn from generated names: a declared constraint or index whose name nobody wrote (an ORM's hash, or the
 * name PostgreSQL chose for an unnamed constraint) is matched to the live one on the same table with the same
 * definition, and takes the live name. Renaming the declared side, never the live one, turns what would be a drop
 * and a re-add (an ACCESS EXCLUSIVE lock and, for a key, a full validation) into no change at all.
 */
public final class GeneratedNames {
    private GeneratedNames() {
    }

    /** A declared constraint or index and the live name it takes. */
    public record Rename(ObjectId declared, String liveName) {
    }

    /**
     * The renames that give {@code declared}'s generated names the live ones. Each live object is taken at most
     * once; a live name the declaration already uses for something else is left alone.
     *
     * @param generated which declared constraints and indexes have generated names
     */
    public static List<Rename> match(CatalogSnapshot declared, CatalogSnapshot live, Predicate<ObjectId> generated) {
        // Candidates by table, in live order: each declared part is compared with its own table's only.
        Map<ObjectId, List<CatalogObject>> unmatchedLive = new LinkedHashMap<>();
        for (CatalogObject o : live.all()) {
            if (isNamedPart(o.id()) && !declared.contains(o.id())) {
                unmatchedLive.computeIfAbsent(o.id().tableId(), k -> new ArrayList<>()).add(o);
            }
        }
        if (unmatchedLive.isEmpty()) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        for (ObjectId id : declared.objects().keySet()) {
            taken.add(id.schema() + "." + id.name());
        }
        List<Rename> renames = new ArrayList<>();
        for (CatalogObject object : declared.all()) {
            ObjectId id = object.id();
            if (!isNamedPart(id) || live.contains(id) || !generated.test(id)) {
                continue;
            }
            List<CatalogObject> candidates = unmatchedLive.getOrDefault(id.tableId(), List.of());
            for (int i = 0; i < candidates.size(); i++) {
                ObjectId cid = candidates.get(i).id();
                if (cid.kind() == id.kind() && sameDefinition(object, candidates.get(i))
                        && !taken.contains(cid.schema() + "." + cid.name())) {
                    renames.add(new Rename(id, cid.name()));
                    taken.add(cid.schema() + "." + cid.name());
                    candidates.remove(i);
                    break;
                }
            }
        }
        return renames;
    }

    private static boolean isNamedPart(ObjectId id) {
        return id.kind() == ObjectKind.CONSTRAINT || id.kind() == ObjectKind.INDEX;
    }

    /** The same constraint or index but for its name (comments may differ: they are altered in place). */
    static boolean sameDefinition(CatalogObject declared, CatalogObject live) {
        if (declared instanceof Constraint d && live instanceof Constraint l) {
            return d.type().equals(l.type()) && d.definition().equals(l.definition());
        }
        if (declared instanceof Index d && live instanceof Index l) {
            return withoutName(d).equals(withoutName(l)) && d.replicaIdentity() == l.replicaIdentity()
                    && d.clustered() == l.clustered();
        }
        return false;
    }

    /** {@code CREATE INDEX name ON ...} without the name, which is the only place the definition holds it. */
    private static String withoutName(Index index) {
        String name = " INDEX " + Identifiers.quote(index.name()) + " ON ";
        return index.definition().replaceFirst(java.util.regex.Pattern.quote(name), " INDEX ON ");
    }
}
