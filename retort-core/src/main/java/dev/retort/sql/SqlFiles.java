package dev.retort.sql;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reading SQL source files (revisions and declared schemas alike). */
public final class SqlFiles {
    private SqlFiles() {
    }

    /**
     * The text of a SQL source file, refused with the line and byte offset of the first byte that is not UTF-8
     * (a file saved in Latin-1 or UTF-16 must not reach the database garbled).
     */
    public static String decodeUtf8(Path file, byte[] content) {
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length + 1);
        CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            throw new SqlSourceException(file, line, String.format("is not UTF-8 text: byte 0x%02X at byte offset %d "
                    + "(save the file as UTF-8)", content[offset] & 0xFF, offset));
        }
        out.flip();
        return out.toString();
    }
}
