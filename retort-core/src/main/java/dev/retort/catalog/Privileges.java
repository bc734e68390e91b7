package dev.retort.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An object's privileges as changes from PostgreSQL's built-in defaults for its kind and owner: what was granted
 * beyond them and what was revoked from them. Both are empty when the ACL was never touched.
 */
public record Privileges(List<Grant> granted, List<Grant> revoked) {
    public static final Privileges DEFAULT = new Privileges(List.of(), List.of());

    private static final Map<Character, String> KEYWORDS = Map.ofEntries(
            Map.entry('r', "SELECT"), Map.entry('w', "UPDATE"), Map.entry('a', "INSERT"), Map.entry('d', "DELETE"),
            Map.entry('D', "TRUNCATE"), Map.entry('x', "REFERENCES"), Map.entry('t', "TRIGGER"),
            Map.entry('X', "EXECUTE"), Map.entry('U', "USAGE"), Map.entry('C', "CREATE"), Map.entry('c', "CONNECT"),
            Map.entry('T', "TEMPORARY"), Map.entry('m', "MAINTAIN"), Map.entry('s', "SET"),
            Map.entry('A', "ALTER SYSTEM"));

    public Privileges {
        granted = List.copyOf(granted);
        revoked = List.copyOf(revoked);
    }

    public boolean isDefault() {
        return granted.isEmpty() && revoked.isEmpty();
    }

    /**
     * Compares an ACL with the default ACL (both as {@code aclitem[]::text[]}); a null ACL means the default.
     */
    public static Privileges fromAcl(String[] acl, String[] defaultAcl) {
        if (acl == null) {
            return DEFAULT;
        }
        TreeSet<Grant> actual = parse(acl);
        TreeSet<Grant> defaults = parse(defaultAcl == null ? new String[0] : defaultAcl);
        List<Grant> granted = new ArrayList<>();
        for (Grant g : actual) {
            if (!defaults.contains(g)) {
                granted.add(g);
            }
        }
        List<Grant> revoked = new ArrayList<>();
        for (Grant g : defaults) {
            if (!actual.contains(g)) {
                revoked.add(g);
            }
        }
        return new Privileges(granted, revoked);
    }

    /** Parses {@code grantee=privs/grantor} items; {@code *} after a letter marks the grant option. */
    static TreeSet<Grant> parse(String[] items) {
        TreeSet<Grant> grants = new TreeSet<>();
        for (String item : items) {
            int[] pos = {0};
            String grantee = readRole(item, pos);
            if (item.charAt(pos[0]) != '=') {
                throw new IllegalArgumentException("unreadable aclitem: " + item);
            }
            for (int i = pos[0] + 1; i < item.length() && item.charAt(i) != '/'; i++) {
                char letter = item.charAt(i);
                boolean grantable = i + 1 < item.length() && item.charAt(i + 1) == '*';
                String keyword = KEYWORDS.get(letter);
                if (keyword == null) {
                    throw new IllegalArgumentException("unknown privilege '" + letter + "' in aclitem: " + item);
                }
                grants.add(new Grant(grantee, keyword, grantable));
                if (grantable) {
                    i++;
                }
            }
        }
        return grants;
    }

    private static String readRole(String item, int[] pos) {
        StringBuilder sb = new StringBuilder();
        int i = pos[0];
        if (i < item.length() && item.charAt(i) == '"') {
            i++;
            while (i < item.length()) {
                char ch = item.charAt(i);
                if (ch == '"') {
                    if (i + 1 < item.length() && item.charAt(i + 1) == '"') {
                        sb.append('"');
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                sb.append(ch);
                i++;
            }
        } else {
            while (i < item.length() && item.charAt(i) != '=') {
                sb.append(item.charAt(i++));
            }
        }
        pos[0] = i;
        return sb.toString();
    }

}
