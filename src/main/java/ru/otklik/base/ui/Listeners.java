package ru.otklik.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
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

    /**
     * For a screen that redraws itself whatever changed (a grid, a board): the changes that arrive
     * before its redraw make one redraw. A batch of 1,000 messages from monitoring software is one
     * round trip and one refresh of each open grid, not a thousand.
     */
    public void whileAttached(Component component, Predicate<E> wanted, Runnable redraw) {
        Registration[] listening = new Registration[1];
        component.addAttachListener(e -> listening[0] = register(e.getUI(), wanted, redraw));
        component.addDetachListener(e -> {
            if (listening[0] != null) {
                listening[0].remove();
            }
        });
    }

    public Registration register(UI ui, Predicate<E> wanted, Consumer<E> onEvent) {
        return add(new Listener<>(ui, wanted, onEvent, null));
    }

    public Registration register(UI ui, Predicate<E> wanted, Runnable redraw) {
        return add(new Listener<>(ui, wanted, ignored -> redraw.run(), new AtomicBoolean()));
    }

    private Registration add(Listener<E> listener) {
        Object key = new Object();
        listeners.put(key, listener);
        return () -> listeners.remove(key);
    }

    public void fire(E event) {
        listeners.values().forEach(l -> {
            if (!l.ui().isAttached() || !l.wanted().test(event)) {
                return;
            }
            UI ui = l.ui();
            if (l.pending() == null) {
                ui.access(() -> ui.getPage().executeJs("return 0").then(ignored -> l.onEvent().accept(event)));
            } else if (l.pending().compareAndSet(false, true)) {
                // a redraw is asked for once; what changes until it starts is in what it reads
                ui.access(() -> ui.getPage().executeJs("return 0").then(ignored -> {
                    l.pending().set(false);
                    l.onEvent().accept(event);
                }, failed -> l.pending().set(false)));
            }
        });
    }

    public int size() {
        return listeners.size();
    }

    /** {@code pending}: for a redrawing screen, whether its redraw is asked for and not yet begun; else null. */
    private record Listener<E>(UI ui, Predicate<E> wanted, Consumer<E> onEvent, AtomicBoolean pending) {
    }
}
