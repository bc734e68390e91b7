package dev.retort.cli;

import java.util.List;

/** The little JSON the commands print: strings and lists of strings, escaped. */
final class Json {
    private Json() {
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** A revision as the graph commands print it with --json. */
    static String revision(dev.retort.RevisionInfo s) {
        return "{\"revision\": " + string(s.id()) + ", \"revises\": " + strings(s.parents())
                + ", \"branchLabels\": " + strings(s.branchLabels()) + ", \"dependsOn\": " + strings(s.dependsOn())
                + ", \"message\": " + string(s.message()) + ", \"createDate\": " + string(String.valueOf(s.createDate()))
                + ", \"head\": " + s.isHead() + ", \"children\": " + strings(s.children()) + ", \"file\": "
                + string(s.file()) + "}";
    }

    /** Revisions as the graph commands print them with --json, under a schema version like every other output. */
    static String revisions(List<dev.retort.RevisionInfo> revisions) {
        return "{\"schemaVersion\": 1, \"revisions\": [" + String.join(",\n ", revisions.stream().map(Json::revision).toList())
                + "]}";
    }

    static String strings(List<String> values) {
        return "[" + String.join(", ", values.stream().map(Json::string).toList()) + "]";
    }
}
