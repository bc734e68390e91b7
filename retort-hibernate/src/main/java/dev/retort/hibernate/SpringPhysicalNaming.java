package dev.retort.hibernate;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Spring Boot's default physical naming ({@code CamelCaseToUnderscoresNamingStrategy}): dots become underscores,
 * an underscore goes before an upper-case letter between two lower-case ones, and names are lower-cased. That is
 * Hibernate 6's rule (Spring Boot 3); Hibernate 7's (Spring Boot 4) also counts digits as lower-case on either side
 * and leaves quoted names alone, so the rule follows the Hibernate in use: {@code createdAt} is {@code created_at}, {@code OrderLine} is
 * {@code order_line}. Written here so that neither Spring nor a particular Hibernate version is needed for it.
 */
public class SpringPhysicalNaming implements PhysicalNamingStrategy {
    private static final boolean HIBERNATE_6 = org.hibernate.Version.getVersionString().startsWith("6.");

    @Override
    public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    @Override
    public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
        return apply(name);
    }

    static Identifier apply(Identifier name) {
        if (name == null || name.isQuoted() && !HIBERNATE_6) {
            return name;
        }
        return new Identifier(underscored(name.getText()), name.isQuoted());
    }

    /** The name Spring Boot gives {@code text}. */
    static String underscored(String text) {
        StringBuilder b = new StringBuilder(text.replace('.', '_'));
        for (int i = 1; i < b.length() - 1; i++) {
            if (underscoreBetween(b.charAt(i - 1), b.charAt(i), b.charAt(i + 1))) {
                b.insert(i++, '_');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean underscoreBetween(char before, char current, char after) {
        return lower(before) && Character.isUpperCase(current) && lower(after);
    }

    private static boolean lower(char c) {
        return Character.isLowerCase(c) || !HIBERNATE_6 && Character.isDigit(c);
    }
}
