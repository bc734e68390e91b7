package dev.retort.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C and SIGTERM while a command works on a database: a shutdown hook asks the server to cancel the running
 * statement (so no lock request stays queued on a production table), then lets the command finish its rollback,
 * release its locks and print what state it left, before the process exits.
 */
final class Interrupts {
    private static final CountDownLatch FINISHED = new CountDownLatch(1);

    private Interrupts() {
    }

    /** A registration to {@link Registration#close() close} when the work is done (it removes the hook). */
    static Registration onInterrupt(Runnable cancel) {
        Thread hook = new Thread(() -> {
            cancel.run();
            try {
                FINISHED.await(15, TimeUnit.SECONDS); // the command reports what its rollback left
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "retort-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook is running
            }
        };
    }

    /** The command line is done (its message printed): a running hook may let the process exit. */
    static void finished() {
        FINISHED.countDown();
    }

    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
