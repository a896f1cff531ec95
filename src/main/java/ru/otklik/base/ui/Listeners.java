package ru.otklik.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Open screens listening for committed changes: each registers while attached (with what it
 * wants to hear of) and is told by server push, in a request of its own user.
 * <p>
 * A broadcast after a commit runs in the thread of whoever committed: an EJB called from there
 * would run as that other user (and see what they may see, not what the screen's user may). So
 * the push only asks the browser for a round trip, and the screen's work runs when that round
 * trip arrives, in a request carrying the screen's own login. The broadcasters of the components
 * (messages, notifications) are built on this.
 */
public final class Listeners<E> {

    private final Map<Object, Listener<E>> listeners = new ConcurrentHashMap<>();

    /** Calls {@code onEvent} for every wanted event while the component is attached; stops when it is detached. */
    public void whileAttached(Component component, Predicate<E> wanted, Consumer<E> onEvent) {
        Registration[] listening = new Registration[1];
        component.addAttachListener(e -> listening[0] = register(e.getUI(), wanted, onEvent));
        component.addDetachListener(e -> {
            if (listening[0] != null) {
                listening[0].remove();
            }
        });
    }

    public Registration register(UI ui, Predicate<E> wanted, Consumer<E> onEvent) {
        Object key = new Object();
        listeners.put(key, new Listener<>(ui, wanted, onEvent));
        return () -> listeners.remove(key);
    }

    public void fire(E event) {
        listeners.values().forEach(l -> {
            if (l.ui().isAttached() && l.wanted().test(event)) {
                UI ui = l.ui();
                ui.access(() -> ui.getPage().executeJs("return 0").then(ignored -> l.onEvent().accept(event)));
            }
        });
    }

    public int size() {
        return listeners.size();
    }

    private record Listener<E>(UI ui, Predicate<E> wanted, Consumer<E> onEvent) {
    }
}
