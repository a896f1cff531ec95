package ru.otklik.base.control;

/** Finding the meaningful failure inside the wrappers an EJB or a framework put around it. */
public final class Causes {

    private Causes() {
    }

    /** The first throwable of the given type in the cause chain, or {@code null}. */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
