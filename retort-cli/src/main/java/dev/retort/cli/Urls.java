package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.connection.DatabaseUrl;

/** URL options, parsed with a user-facing error. */
final class Urls {
    private Urls() {
    }

    static DatabaseUrl parse(String url) {
        try {
            return DatabaseUrl.parse(url);
        } catch (IllegalArgumentException e) {
            throw new RetortException(e.getMessage(), e);
        }
    }
}
