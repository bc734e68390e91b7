package dev.retort.declared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SchemaDefinition classes found by name on a classpath and through ServiceLoader. */
class DeclaredDefinitionsTest {
    @Test
    void byNameAndThroughServiceLoaderInClassNameOrder() {
        DeclaredSchema schema = SchemaDefinitions.load(List.of(), List.of(NamedSchema.class.getName()));
        assertThat(schema.sources()).extracting(DeclaredSource::definedBy).containsExactly(
                "dev.retort.declared.NamedSchema",
                "dev.retort.declared.NamedSchema: view public.named_view",
                "dev.retort.declared.ServiceListedSchema: view public.from_service");
        assertThat(schema.statements()).extracting(DeclaredStatement::object)
                .containsExactly("table named", "view public.named_view", "view public.from_service");
    }

    @Test
    void fromAClassFolderGivenAsClasspath(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/com/acme/Billing.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                package com.acme;
                import dev.retort.declared.*;
                public final class Billing implements SchemaDefinition {
                    public void define(SchemaBuilder schema) {
                        schema.add(new PgFunction("billing", "tax", "amount numeric",
                                "RETURNS numeric LANGUAGE sql AS $$ SELECT amount * 0.2 $$"));
                    }
                }
                """);
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.toString());
        assertThat(rc).isZero();

        DeclaredSchema schema = SchemaDefinitions.load(List.of(classes), List.of("com.acme.Billing"));
        assertThat(schema.sources().get(0).definedBy()).isEqualTo("com.acme.Billing: function billing.tax(amount numeric)");
        assertThat(schema.sources().get(0).sql()).contains("CREATE FUNCTION billing.tax(amount numeric)");
    }

    @Test
    void clearErrorsForMissingOrWrongClasses(@TempDir Path dir) {
        assertThatThrownBy(() -> SchemaDefinitions.load(List.of(), List.of("com.acme.Nowhere")))
                .isInstanceOf(DeclarationException.class)
                .hasMessage("schema definition class com.acme.Nowhere not found on the classpath");
        assertThatThrownBy(() -> SchemaDefinitions.load(List.of(), List.of("java.lang.String")))
                .hasMessage("java.lang.String does not implement dev.retort.declared.SchemaDefinition");
        assertThatThrownBy(() -> SchemaDefinitions.load(List.of(dir.resolve("missing.jar")), List.of()))
                .hasMessage("classpath entry " + dir.resolve("missing.jar") + " does not exist");
    }
}
