package dev.retort.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How the PostgreSQL binaries are run. PostgreSQL refuses to start as root, and Retort is often run as root
 * (CI, containers), so a root process runs the server either in a new user namespace ({@code unshare -U}, where it
 * sees itself as an unprivileged user and the root-owned data directory as its own) or as {@code nobody} through
 * {@code setpriv}, with a data directory owned by that user.
 *
 * <p>The choice is {@code auto} unless the system property {@code retort.embedded.isolation} or the environment
 * variable {@code RETORT_EMBEDDED_ISOLATION} names {@code unshare}, {@code setpriv} or {@code none}. The tools are
 * looked up on {@code PATH}, or on the path in the system property {@code retort.embedded.path}.
 */
public final class ProcessIsolation {
    /** The uid and gid of {@code nobody}/{@code nogroup} on Debian and most Linux distributions. */
    static final int NOBODY = 65534;

    public enum Kind { DIRECT, UNSHARE, SETPRIV }

    private final Kind kind;
    private final Path tool;

    private ProcessIsolation(Kind kind, Path tool) {
        this.kind = kind;
        this.tool = tool;
    }

    public Kind kind() {
        return kind;
    }

    /** The command that runs {@code command} under this isolation. */
    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        switch (kind) {
            case UNSHARE -> wrapped.addAll(List.of(tool.toString(), "-U"));
            case SETPRIV -> wrapped.addAll(List.of(tool.toString(),
                    "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            case DIRECT -> { }
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Makes a directory the server writes to usable by the user the server runs as. */
    void claim(Path dir) throws IOException {
        if (kind != Kind.SETPRIV) {
            return;
        }
        Files.setAttribute(dir, "unix:uid", NOBODY);
        Files.setAttribute(dir, "unix:gid", NOBODY);
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            boolean ownedByNobody = Integer.valueOf(NOBODY).equals(Files.getAttribute(p, "unix:uid"));
            PosixFilePermission search = ownedByNobody ? PosixFilePermission.OWNER_EXECUTE : PosixFilePermission.OTHERS_EXECUTE;
            if (!Files.getPosixFilePermissions(p).contains(search)) {
                throw new EmbeddedPostgresException("The embedded PostgreSQL runs as user nobody here (setpriv), but "
                        + dir + " is not reachable by that user: " + p + " is not searchable by others. "
                        + "Use a data directory outside it, or allow user namespaces so 'unshare -U' can be used.");
            }
        }
    }

    /** Decides how this process runs PostgreSQL, probing the tools once. */
    public static ProcessIsolation detect() {
        String mode = System.getProperty("retort.embedded.isolation",
                System.getenv().getOrDefault("RETORT_EMBEDDED_ISOLATION", "auto")).toLowerCase(Locale.ROOT);
        String searchPath = System.getProperty("retort.embedded.path", System.getenv().getOrDefault("PATH", ""));
        return detect(mode, searchPath, isRoot());
    }

    static ProcessIsolation detect(String mode, String searchPath, boolean root) {
        if (mode.equals("none") || !root) {
            return new ProcessIsolation(Kind.DIRECT, null);
        }
        List<String> reasons = new ArrayList<>();
        if (mode.equals("auto") || mode.equals("unshare")) {
            Path unshare = find("unshare", searchPath);
            if (unshare == null) {
                reasons.add("'unshare' was not found on the path");
            } else {
                String failure = probe(List.of(unshare.toString(), "-U", "true"));
                if (failure == null) {
                    return new ProcessIsolation(Kind.UNSHARE, unshare);
                }
                reasons.add("'unshare -U' failed (user namespaces blocked?): " + failure);
            }
        }
        if (mode.equals("auto") || mode.equals("setpriv")) {
            Path setpriv = find("setpriv", searchPath);
            if (setpriv == null) {
                reasons.add("'setpriv' was not found on the path");
            } else {
                String failure = probe(List.of(setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY,
                        "--clear-groups", "true"));
                if (failure == null) {
                    return new ProcessIsolation(Kind.SETPRIV, setpriv);
                }
                reasons.add("'setpriv' to nobody failed: " + failure);
            }
        }
        if (reasons.isEmpty()) {
            throw new EmbeddedPostgresException("Unknown isolation '" + mode
                    + "' for the embedded PostgreSQL: use auto, unshare, setpriv or none.");
        }
        throw new EmbeddedPostgresException("PostgreSQL refuses to run as root, and this process is root. Retort runs "
                + "it through 'unshare -U' or as user nobody through 'setpriv', but neither works here: "
                + String.join("; ", reasons) + ". Install util-linux, allow user namespaces, or run as a non-root user.");
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Path find(String name, String searchPath) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs a probe command; null when it succeeded, else what went wrong. */
    private static String probe(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "timed out";
            }
            String output = new String(p.getInputStream().readAllBytes()).strip();
            return p.exitValue() == 0 ? null : "exit " + p.exitValue() + (output.isEmpty() ? "" : ": " + output);
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Override
    public String toString() {
        return kind == Kind.DIRECT ? "direct" : kind.name().toLowerCase(Locale.ROOT) + " (" + tool + ")";
    }
}
