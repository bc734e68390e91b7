package dev.retort.cli;

import dev.retort.Retort;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The command line's shutdown hook: on Ctrl-C, {@link Retort#close()} drops the scratch databases the interrupted
 * command still holds (the library registers no hook of its own). Registered once per process.
 */
final class CloseOnExit {
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    private CloseOnExit() {
    }

    static void register(Retort retort) {
        if (REGISTERED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(retort::close, "retort-cleanup"));
        }
    }
}
