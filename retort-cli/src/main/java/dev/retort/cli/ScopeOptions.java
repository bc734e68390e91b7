package dev.retort.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which schemas a command reads: all user schemas unless narrowed. */
final class ScopeOptions {
    @Option(names = "--schema", paramLabel = "SCHEMA", description = "read only this schema (repeatable)")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-schema", paramLabel = "SCHEMA", description = "leave this schema out (repeatable)")
    List<String> excludedSchemas = new ArrayList<>();

    @Option(names = "--owners", negatable = true, description = "compare owners other than the connecting role, "
            + "and set them (default: on, or [schema] owners in a retort.toml side)")
    Boolean owners;

}
