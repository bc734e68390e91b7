package dev.retort.cache;

import dev.retort.catalog.CatalogSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Declared snapshots kept between runs, one file per {@link SnapshotKey} in a directory ({@code .retort/cache/} of
 * the project by default). An entry is the format version, its own key, the codec's
 * {@link SnapshotCodec#FINGERPRINT}, the compressed snapshot and a SHA-256 of all that: a file whose checksum, format,
 * key or fingerprint does not match is deleted and reported as a miss, never trusted. Entries are written to a
 * temporary file and renamed into place, so a concurrent run reads a whole entry or none; reading touches an entry,
 * and writing evicts the least recently used ones past the size bound.
 */
public final class SnapshotCache {
    /** A cache that keeps nothing: every run builds. */
    public static final SnapshotCache NONE = new SnapshotCache(null, 0);
    /** The default size bound of a cache directory. */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;
    static final String SUFFIX = ".snapshot";
    private static final byte[] MAGIC = "RETORT-SNAPSHOT\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM = 32;

    private final Path directory;
    private final long maxBytes;

    private SnapshotCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** A cache in {@code directory} (created when first written) of at most {@code maxBytes}. */
    public static SnapshotCache in(Path directory, long maxBytes) {
        return new SnapshotCache(directory.toAbsolutePath().normalize(), maxBytes);
    }

    public boolean enabled() {
        return directory != null;
    }

    public Path directory() {
        return directory;
    }

    /** The entry's file. */
    Path file(String key) {
        return directory.resolve(key + SUFFIX);
    }

    /**
     * The snapshot stored under {@code key}, or null when there is none or it cannot be trusted (then it is deleted
     * and {@code log} says why).
     */
    public CatalogSnapshot get(String key, Consumer<String> log) {
        if (!enabled()) {
            return null;
        }
        Path file = file(key);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            log.accept("snapshot cache: cannot read " + file + " (" + e.getMessage() + "); building");
            return null;
        }
        try {
            CatalogSnapshot snapshot = decode(bytes, key);
            touch(file);
            return snapshot;
        } catch (IOException | RuntimeException e) {
            log.accept("snapshot cache: " + file.getFileName() + " is not a valid entry (" + e.getMessage()
                    + "); it is deleted and the schema built again");
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next write replaces it
            }
            return null;
        }
    }

    /** Stores the snapshot under {@code key}, then evicts past the size bound; a failure only costs the entry. */
    public void put(String key, CatalogSnapshot snapshot, Consumer<String> log) {
        if (!enabled()) {
            return;
        }
        Path temp = null;
        try {
            byte[] bytes = encode(snapshot, key);
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, key + ".", ".tmp");
            Files.write(temp, bytes);
            try {
                Files.move(temp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            evict(key);
        } catch (IOException | RuntimeException e) {
            log.accept("snapshot cache: cannot write to " + directory + " (" + e.getMessage() + ")");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is never read as an entry
                }
            }
        }
    }

    static byte[] encode(CatalogSnapshot snapshot, String key) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(SnapshotKey.FORMAT);
        out.writeUTF(key);
        out.writeUTF(SnapshotCodec.FINGERPRINT);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            DeflaterOutputStream deflated = new DeflaterOutputStream(out, deflater, 1 << 16);
            deflated.write(SnapshotCodec.write(snapshot));
            deflated.finish();
        } finally {
            deflater.end();
        }
        out.flush();
        buffer.write(sha256(buffer.toByteArray(), buffer.size()));
        return buffer.toByteArray();
    }

    static CatalogSnapshot decode(byte[] bytes, String key) throws IOException {
        if (bytes.length < MAGIC.length + CHECKSUM
                || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("not a snapshot file");
        }
        int body = bytes.length - CHECKSUM;
        if (!Arrays.equals(sha256(bytes, body), 0, CHECKSUM, bytes, body, bytes.length)) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, body - MAGIC.length));
        int format = in.readInt();
        if (format != SnapshotKey.FORMAT) {
            throw new IOException("format " + format + ", this Retort writes " + SnapshotKey.FORMAT);
        }
        if (!in.readUTF().equals(key)) {
            throw new IOException("written for another key");
        }
        if (!in.readUTF().equals(SnapshotCodec.FINGERPRINT)) {
            throw new IOException("written by a Retort whose catalog records differ");
        }
        Inflater inflater = new Inflater();
        byte[] payload;
        try (InflaterInputStream inflated = new InflaterInputStream(in, inflater, 1 << 16)) {
            payload = inflated.readAllBytes();
        } finally {
            inflater.end();
        }
        return SnapshotCodec.read(ByteBuffer.wrap(payload));
    }

    private static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // eviction order only
        }
    }

    /** Deletes the least recently used entries (and stale temporary files) until the directory fits the bound. */
    private void evict(String keep) throws IOException {
        record Entry(Path file, long size, long used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        long staleTemp = System.currentTimeMillis() - 3_600_000; // a writer that has not renamed in an hour is gone
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                try {
                    long used = Files.getLastModifiedTime(f).toMillis();
                    if (name.endsWith(".tmp") && used < staleTemp) {
                        Files.deleteIfExists(f);
                    } else if (name.endsWith(SUFFIX)) {
                        long size = Files.size(f);
                        total += size;
                        if (!name.equals(keep + SUFFIX)) {
                            entries.add(new Entry(f, size, used));
                        }
                    }
                } catch (NoSuchFileException e) {
                    // another run evicted it
                }
            }
        }
        entries.sort(Comparator.comparingLong(Entry::used));
        for (Entry e : entries) {
            if (total <= maxBytes) {
                break;
            }
            Files.deleteIfExists(e.file());
            total -= e.size();
        }
    }
}
