package dev.retort.revision;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Writes the text of a new revision file in the format {@link ScriptParser} reads. */
public final class ScriptTemplate {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter CREATE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private ScriptTemplate() {
    }

    /** 12 random hexadecimal characters, like Alembic's. */
    public static String newRevisionId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** {@code <rev>_<slug>.sql}: the slug is the message's first words, lower case, underscores between. */
    public static String fileName(String revisionId, String message) {
        String slug = message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("_+$", "");
        }
        return revisionId + "_" + (slug.isEmpty() ? "revision" : slug) + ".sql";
    }

    public static String render(String revisionId, List<String> parents, List<String> branchLabels,
                                List<String> dependsOn, String message, LocalDateTime created,
                                String upgradeSql, String downgradeSql) {
        StringBuilder sb = new StringBuilder();
        for (String line : message.strip().split("\r\n|\r|\n")) {
            sb.append(line.isBlank() ? "--" : "-- " + line.strip()).append('\n');
        }
        sb.append("--\n");
        sb.append("-- Revision ID: ").append(revisionId).append('\n');
        sb.append("-- Revises:").append(parents.isEmpty() ? "" : " " + String.join(", ", parents)).append('\n');
        sb.append("-- Create Date: ").append(CREATE_DATE.format(created)).append('\n');
        if (!branchLabels.isEmpty()) {
            sb.append("-- Branch Labels: ").append(String.join(", ", branchLabels)).append('\n');
        }
        if (!dependsOn.isEmpty()) {
            sb.append("-- Depends On: ").append(String.join(", ", dependsOn)).append('\n');
        }
        sb.append("\n-- migrate:upgrade\n").append(upgradeSql.isEmpty() ? "" : upgradeSql.strip() + "\n");
        sb.append("\n-- migrate:downgrade\n").append(downgradeSql.isEmpty() ? "" : downgradeSql.strip() + "\n");
        return sb.toString();
    }
}
