package dev.retort.catalog;

import java.util.List;

/** An event trigger; {@code tags} is empty when it fires for every command tag. */
public record EventTrigger(String name, String event, String functionName, TriggerState enabled, List<String> tags,
                           String owner, String comment) implements CatalogObject {
    public EventTrigger {
        tags = List.copyOf(tags);
    }

    @Override
    public ObjectId id() {
        return new ObjectId(ObjectKind.EVENT_TRIGGER, null, name, null, null);
    }
}
