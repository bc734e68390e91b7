package dev.retort.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Feeds the parser thousands of seeded mutations of valid files (and random bytes): every input must parse or fail
 * with a {@link ScriptFormatException} naming the file, never with anything else.
 */
class ScriptParserFuzzTest {
    private static final long SEED = 0x5EED_6L;
    private static final int CASES = 20_000;
    private static final Path FILE = ScriptParserTest.FILE;
    private static final String[] FRAGMENTS = {"'", "\"", "$$", "$a$", "/*", "*/", "--", ";", "\n", "\r", "E'\\",
        "-- migrate:upgrade\n", "-- migrate:downgrade\n", "-- migrate:no-transaction\n", "-- migrate:\n",
        "-- Revision ID: e2ba9d70fc4d\n", "-- Revises: a, b,\n", "-- Revises:\n", "-- Branch Labels: head\n",
        "-- Depends On: ,,\n", "-- Foo: bar\n", "\0", "\uFEFF", "BEGIN;", "CREATE FUNCTION f() BEGIN ATOMIC ", "END;",
        "CASE", "\u00e9", "\uD800"};

    @Test
    void everyMalformedFileGetsAClearError() {
        Random random = new Random(SEED);
        String valid = ScriptParserTest.EXAMPLE;
        int parsed = 0;
        int rejected = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] input = i % 10 == 0 ? randomBytes(random) : mutate(valid, random).getBytes(StandardCharsets.UTF_8);
            try {
                RevisionScript s = ScriptParser.parse(FILE, input);
                assertThat(s.id()).isEqualTo("e2ba9d70fc4d");
                parsed++;
            } catch (ScriptFormatException e) {
                assertThat(e.getMessage()).startsWith(FILE.toString()).hasSizeGreaterThan(FILE.toString().length() + 5);
                assertThat(e.line()).isBetween(0, input.length + 1);
                rejected++;
            } catch (RuntimeException e) {
                fail("case " + i + " (seed " + SEED + ") threw " + e + " for input:\n"
                        + new String(input, StandardCharsets.UTF_8), e);
            }
        }
        // Both outcomes must be exercised, or the mutations are too weak or too strong to mean anything.
        assertThat(parsed).isGreaterThan(CASES / 20);
        assertThat(rejected).isGreaterThan(CASES / 4);
    }

    private static String mutate(String valid, Random random) {
        StringBuilder sb = new StringBuilder(valid);
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = random.nextInt(sb.length() + 1);
            switch (random.nextInt(5)) {
                case 0 -> sb.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 1 -> {
                    if (sb.length() > 0) {
                        sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(20)));
                    }
                }
                case 2 -> sb.insert(at, (char) random.nextInt(128));
                case 3 -> {
                    List<String> lines = new ArrayList<>(List.of(sb.toString().split("\n", -1)));
                    int a = random.nextInt(lines.size());
                    int b = random.nextInt(lines.size());
                    String tmp = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, tmp);
                    sb.setLength(0);
                    sb.append(String.join("\n", lines));
                }
                default -> {
                    // leave the text alone: some cases stay valid
                }
            }
        }
        return sb.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] b = new byte[random.nextInt(200)];
        random.nextBytes(b);
        return b;
    }
}
