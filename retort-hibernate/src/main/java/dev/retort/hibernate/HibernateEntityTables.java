package dev.retort.hibernate;

import dev.retort.declared.DeclaredSchema;
import dev.retort.declared.EntityTables;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Version;

/**
 * Tables from JPA entities through the user's Hibernate (6.6 or 7.x): found by {@link java.util.ServiceLoader} when
 * this module is on the classpath with the entity classes. The classes are found when the declaration is read; the
 * mapping model and its DDL are built for the target's PostgreSQL major, offline.
 *
 * <p>Settings: {@code naming} ({@code spring}, {@code hibernate} or strategy class names, see {@link Naming});
 * {@code schemas} and {@code exclude_schemas} (the declared scope, comma-separated: an entity's table or sequence
 * outside it is an error naming the entity and field, since Retort would never create it); a
 * persistence.xml's {@code hibernate.*} properties apply as Hibernate would apply them.
 */
public final class HibernateEntityTables implements EntityTables {
    @Override
    public String name() {
        return "Hibernate " + Version.getVersionString();
    }

    @Override
    public DeclaredSchema declare(Request request) {
        EntityClasses entities = EntityClasses.resolve(request.entities(), request.loader(), request.directory());
        Naming naming = Naming.of(request.settings().get("naming"), request.loader());
        Map<String, Object> settings = new LinkedHashMap<>(entities.properties());
        HibernateDdl.Scope scope = HibernateDdl.Scope.of(request.settings());
        return DeclaredSchema.perServer(major -> HibernateDdl.render(entities, naming, settings, scope, major,
                request.loader()));
    }
}
