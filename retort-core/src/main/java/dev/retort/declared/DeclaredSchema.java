package dev.retort.declared;

import dev.retort.revision.ScriptFormatException;
import dev.retort.revision.SqlStatement;
import dev.retort.revision.StatementSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user declared: SQL sources in a stable order, each with its origin. The order is only the first try:
 * materializing retries statements whose dependencies come later, so it does not decide correctness.
 */
public record DeclaredSchema(List<DeclaredSource> sources) {
    public static final DeclaredSchema EMPTY = new DeclaredSchema(List.of());

    public DeclaredSchema {
        sources = List.copyOf(sources);
    }

    public DeclaredSchema plus(DeclaredSchema other) {
        List<DeclaredSource> all = new ArrayList<>(sources);
        all.addAll(other.sources);
        return new DeclaredSchema(all);
    }

    /**
     * Every statement of every source, in order, split as psql would.
     *
     * @throws DeclarationException for an unterminated string, quote or comment, naming file and line
     */
    public List<DeclaredStatement> statements() {
        List<DeclaredStatement> out = new ArrayList<>();
        for (DeclaredSource source : sources) {
            List<SqlStatement> split;
            try {
                split = StatementSplitter.split(source.file(), source.sql(), source.firstLine());
            } catch (ScriptFormatException e) {
                throw new DeclarationException(source.file() != null ? e.getMessage() : source.location(e.line())
                        + ": " + e.getMessage().replaceFirst("^null:\\d+: ", ""), e);
            }
            for (SqlStatement s : split) {
                out.add(new DeclaredStatement(s.sql(), source, s.line(), StatementLabel.of(s.sql())));
            }
        }
        return out;
    }
}
