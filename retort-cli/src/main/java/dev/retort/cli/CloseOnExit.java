package dev.retort.cli;

import dev.retort.Retort;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The command line's shutdown hook: on Ctrl-C, {@link Retort#close()} of each Retort the command configured drops
 * the scratch databases it still holds (the library registers no hook of its own).
 */
final class CloseOnExit {
    private static final List<Retort> OPEN = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private CloseOnExit() {
    }

    /** Closes {@code retort} if the process is stopped; returns it. */
    static Retort register(Retort retort) {
        OPEN.add(retort);
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> OPEN.forEach(Retort::close), "retort-cleanup"));
        }
        return retort;
    }
}
