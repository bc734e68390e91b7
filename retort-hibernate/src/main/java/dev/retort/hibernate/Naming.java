package dev.retort.hibernate;

import dev.retort.declared.DeclarationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * The naming strategies the tables are built with: {@code spring} (the default: Spring Boot's, so the tables are
 * those a Spring Boot application gets), {@code hibernate} (Hibernate's own defaults), or class names of a
 * {@link PhysicalNamingStrategy} and/or an {@link ImplicitNamingStrategy}, comma-separated. The implicit strategy
 * is wrapped to record the constraint and index names it generates.
 */
record Naming(PhysicalNamingStrategy physical, ImplicitNamingStrategy implicit, String setting) {
    static Naming of(String setting, ClassLoader loader) {
        String s = setting == null || setting.isBlank() ? "spring" : setting.strip();
        switch (s.toLowerCase(Locale.ROOT)) {
            case "spring":
                return new Naming(new SpringPhysicalNaming(), new SpringImplicitNaming(), s);
            case "hibernate":
                return new Naming(PhysicalNamingStrategyStandardImpl.INSTANCE,
                        ImplicitNamingStrategyJpaCompliantImpl.INSTANCE, s);
            default:
                PhysicalNamingStrategy physical = PhysicalNamingStrategyStandardImpl.INSTANCE;
                ImplicitNamingStrategy implicit = ImplicitNamingStrategyJpaCompliantImpl.INSTANCE;
                for (String name : s.split(",")) {
                    Object strategy = instantiate(name.strip(), loader, s);
                    if (strategy instanceof PhysicalNamingStrategy p) {
                        physical = p;
                    }
                    if (strategy instanceof ImplicitNamingStrategy i) {
                        implicit = i;
                    }
                }
                return new Naming(physical, implicit, s);
        }
    }

    private static Object instantiate(String name, ClassLoader loader, String setting) {
        try {
            Class<?> type = Class.forName(name, true, loader);
            if (!PhysicalNamingStrategy.class.isAssignableFrom(type)
                    && !ImplicitNamingStrategy.class.isAssignableFrom(type)) {
                throw new DeclarationException("entity_naming = \"" + setting + "\": " + name + " is neither a "
                        + "PhysicalNamingStrategy nor an ImplicitNamingStrategy");
            }
            return type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new DeclarationException("entity_naming = \"" + setting + "\": " + name + " is not \"spring\", "
                    + "\"hibernate\" or a class on the classpath", e);
        } catch (ReflectiveOperationException e) {
            throw new DeclarationException("entity_naming: cannot create " + name + " (it needs a public "
                    + "no-argument constructor): " + e, e);
        }
    }

    /** The implicit strategy, recording into {@code generated} every constraint and index name it makes up. */
    ImplicitNamingStrategy recording(Set<String> generated) {
        ImplicitNamingStrategy delegate = implicit;
        Set<String> recorded = generated == null ? new HashSet<>() : generated;
        return (ImplicitNamingStrategy) Proxy.newProxyInstance(ImplicitNamingStrategy.class.getClassLoader(),
                new Class<?>[] {ImplicitNamingStrategy.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(delegate, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    String m = method.getName();
                    if (result instanceof Identifier id && (m.equals("determineForeignKeyName")
                            || m.equals("determineUniqueKeyName") || m.equals("determineIndexName"))
                            && !(args[0] instanceof ImplicitConstraintNameSource source
                                    && source.getUserProvidedIdentifier() != null)) {
                        recorded.add(id.getText());
                    }
                    return result;
                });
    }
}
