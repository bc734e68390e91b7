package dev.retort.catalog;

/**
 * One privilege held by one role.
 *
 * @param grantee   the role, or the empty string for PUBLIC
 * @param privilege the SQL keyword, e.g. {@code SELECT}
 * @param grantable WITH GRANT OPTION
 */
public record Grant(String grantee, String privilege, boolean grantable) implements Comparable<Grant> {
    public boolean isPublic() {
        return grantee.isEmpty();
    }

    /** The grantee as SQL: {@code PUBLIC} or a quoted role name. */
    public String granteeSql() {
        return isPublic() ? "PUBLIC" : Identifiers.quote(grantee);
    }

    @Override
    public int compareTo(Grant o) {
        int c = grantee.compareTo(o.grantee);
        if (c == 0) {
            c = privilege.compareTo(o.privilege);
        }
        return c != 0 ? c : Boolean.compare(grantable, o.grantable);
    }
}
