package dev.retort.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of object ids, which every snapshot, plan and printed diff follows. */
class ObjectIdTest {
    @Test
    void ordersByKindThenSchemaTableNameAndArgumentsWithNullsFirst() {
        List<ObjectId> expected = List.of(
                ObjectId.of(ObjectKind.SCHEMA, null, "a"),
                ObjectId.of(ObjectKind.SCHEMA, null, "b"),
                ObjectId.of(ObjectKind.TABLE, "a", "z"),
                ObjectId.of(ObjectKind.TABLE, "b", "a"),
                ObjectId.routine(ObjectKind.FUNCTION, "a", "f", null),
                ObjectId.routine(ObjectKind.FUNCTION, "a", "f", ""),
                ObjectId.routine(ObjectKind.FUNCTION, "a", "f", "integer"),
                ObjectId.routine(ObjectKind.FUNCTION, "a", "f", "text"),
                ObjectId.tablePart(ObjectKind.INDEX, "a", "t", "i"),
                ObjectId.tablePart(ObjectKind.INDEX, "a", "u", "a"));
        List<ObjectId> shuffled = new ArrayList<>(expected);
        for (int seed = 0; seed < 20; seed++) {
            Collections.shuffle(shuffled, new java.util.Random(seed));
            Collections.sort(shuffled);
            assertThat(shuffled).isEqualTo(expected);
        }
        ObjectId id = ObjectId.tablePart(ObjectKind.INDEX, "a", "t", "i");
        assertThat(id.compareTo(ObjectId.tablePart(ObjectKind.INDEX, "a", "t", "i"))).isZero();
    }
}
