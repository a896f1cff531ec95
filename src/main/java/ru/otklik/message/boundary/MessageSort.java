package ru.otklik.message.boundary;

/**
 * One sort key of the message grid. The properties are a fixed list, so a client can never
 * inject a column name into a query.
 */
public record MessageSort(Property property, boolean descending) {

    /** The ORDER BY clause of a sort (nearest deadline first when none is given), ending in the id for a stable order. */
    public static String orderBy(java.util.List<MessageSort> sort) {
        java.util.List<MessageSort> keys = sort == null || sort.isEmpty()
                ? java.util.List.of(new MessageSort(Property.DUE, false)) : sort;
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (MessageSort s : keys) {
            order.append(s.property().path()).append(s.descending() ? " DESC" : " ASC").append(", ");
        }
        // the tie-breaker follows the last key's direction, so that an index (…, column, id) serves the
        // whole ORDER BY in one scan direction instead of a sort of every matching row
        return order.append("m.id").append(keys.get(keys.size() - 1).descending() ? " DESC" : " ASC").toString();
    }

    /** The sortable columns. */
    public enum Property {
        DUE("m.currentDueAt"), DETECTED("m.detectedAt"), STATUS("m.status"), KIND("m.kind"), NETWORK("n.name"),
        TOPIC("t.name"), EXECUTOR("e.fullName"), AUTHOR("m.authorName"), ID("m.id");

        private final String path;

        Property(String path) {
            this.path = path;
        }

        public String path() {
            return path;
        }
    }
}
