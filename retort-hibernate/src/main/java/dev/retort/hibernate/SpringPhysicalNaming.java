package dev.retort.hibernate;

import java.util.Locale;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Spring Boot's default physical naming ({@code CamelCaseToUnderscoresNamingStrategy}): dots become underscores,
 * an underscore goes between a lower-case letter or digit and an upper-case letter followed by a lower-case letter
 * or digit, and unquoted names are lower-cased: {@code createdAt} is {@code created_at}, {@code OrderLine} is
 * {@code order_line}. Written here so that neither Spring nor a particular Hibernate version is needed for it.
 */
public class SpringPhysicalNaming implements PhysicalNamingStrategy {
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
        if (name == null) {
            return null;
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
        return (Character.isLowerCase(before) || Character.isDigit(before)) && Character.isUpperCase(current)
                && (Character.isLowerCase(after) || Character.isDigit(after));
    }
}
