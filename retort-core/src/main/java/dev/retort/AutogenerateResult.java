package dev.retort;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Retort#autogenerate} wrote.
 *
 * @param written   the new revision files, in order: none when nothing differs, two when new enum values must
 *                  commit before the rest
 * @param upgrade   the upgrade's statements
 * @param downgrade the downgrade's statements
 * @param verified  whether both were proven on a dev database before being written
 */
public record AutogenerateResult(List<Path> written, List<Change> upgrade, List<Change> downgrade, boolean verified) {
    /**
     * Creates the record, copying its lists.
     *
     * @param written the new revision files, in order: none when nothing differs, two when new enum values must commit before the rest
     * @param upgrade the upgrade's statements
     * @param downgrade the downgrade's statements
     * @param verified whether both were proven on a dev database before being written
     */
    public AutogenerateResult {
        written = List.copyOf(written);
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }
}
