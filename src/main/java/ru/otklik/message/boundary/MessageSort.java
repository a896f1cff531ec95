package ru.otklik.message.boundary;

/**
 * One sort key of the message grid. The properties are a fixed list, so a client can never
 * inject a column name into a query.
 */
public record MessageSort(Property property, boolean descending) {

    /** The sortable columns. */
    public enum Property {
        DUE("m.currentDueAt"), DETECTED("m.detectedAt"), STATUS("m.status"), KIND("m.kind"), NETWORK("m.network.name"),
        TOPIC("m.topic.name"), EXECUTOR("m.executor.fullName"), AUTHOR("m.authorName"), ID("m.id");

        private final String path;

        Property(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }
}
