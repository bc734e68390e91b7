package dev.retort.declared;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects what {@link SchemaDefinition}s declare, remembering which class declared each piece. */
public final class SchemaBuilder {
    private final List<DeclaredSource> sources = new ArrayList<>();
    private String definer = "Java code";

    /** Sources added from now on are attributed to {@code definer} (a class name) in error messages. */
    public SchemaBuilder definedBy(String definer) {
        this.definer = definer;
        return this;
    }

    public SchemaBuilder add(DeclaredEntity... entities) {
        for (DeclaredEntity e : entities) {
            sources.add(DeclaredSource.definedBy(definer + ": " + e.label(), e.toSql()));
        }
        return this;
    }

    public SchemaBuilder addAll(List<? extends DeclaredEntity> entities) {
        return add(entities.toArray(DeclaredEntity[]::new));
    }

    /** Any SQL (several statements allowed). */
    public SchemaBuilder sql(String sql) {
        sources.add(DeclaredSource.definedBy(definer, sql));
        return this;
    }

    /** A folder of {@code .sql} files, as {@link SqlFolder} reads it. */
    public SchemaBuilder folder(Path root) {
        sources.addAll(SqlFolder.read(root).sources());
        return this;
    }

    public SchemaBuilder include(SchemaDefinition definition) {
        String previous = definer;
        definedBy(definition.getClass().getName());
        definition.define(this);
        return definedBy(previous);
    }

    public DeclaredSchema build() {
        return new DeclaredSchema(sources);
    }
}
