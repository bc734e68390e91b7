package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Catalog letters decode to the enums the records carry; an unknown letter is refused, not guessed. */
class CatalogCodeTest {
    @Test
    void lettersDecodeToTheirConstants() {
        assertThat(TriggerState.fromCatalog("D")).isEqualTo(TriggerState.DISABLED);
        assertThat(ReplicaIdentity.fromCatalog("n")).isEqualTo(ReplicaIdentity.NOTHING);
        assertThat(PolicyCommand.fromCatalog("*")).isEqualTo(PolicyCommand.ALL);
        assertThat(ConstraintType.fromCatalog("x")).isEqualTo(ConstraintType.EXCLUSION);
        assertThat(ConstraintType.EXCLUSION.hasIndex()).isTrue();
        assertThat(ConstraintType.FOREIGN_KEY.hasIndex()).isFalse();
    }

    @Test
    void anUnknownLetterIsRefused() {
        // PostgreSQL 18 keeps NOT NULL constraints in pg_constraint as 'n'; the query leaves them out.
        assertThatThrownBy(() -> ConstraintType.fromCatalog("n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ConstraintType 'n'");
    }
}
