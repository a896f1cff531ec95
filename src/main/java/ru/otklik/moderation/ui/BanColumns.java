package ru.otklik.moderation.ui;

import com.vaadin.flow.component.html.Span;
import ru.otklik.base.ui.Formats;
import ru.otklik.moderation.entity.Blacklisting;

import java.time.Instant;
import java.util.function.BiFunction;

/** How a ban reads in a grid: its scope, term, and whether it holds. */
final class BanColumns {

    private BanColumns() {
    }

    static String scope(Blacklisting b, BiFunction<String, Object[], String> t) {
        return b.getAccount() == null ? t.apply("moderation.ban.all-accounts", new Object[]{b.getNetwork().getName()})
                : b.getAccount().getName();
    }

    static String until(Blacklisting b, BiFunction<String, Object[], String> t) {
        return b.getEndsAt() == null ? t.apply("moderation.ban.forever", new Object[0]) : Formats.dateTime(b.getEndsAt());
    }

    static Span status(Blacklisting b, Instant now, BiFunction<String, Object[], String> t) {
        if (b.isActiveAt(now)) {
            return Badges.badge(t.apply("moderation.ban.active", new Object[0]), "error");
        }
        if (b.isRemovedEarly()) {
            Span s = Badges.badge(t.apply("moderation.ban.removed", new Object[]{b.getExpiredBy(),
                    Formats.dateTime(b.getExpiredAt()), b.getRemovalReason()}), "contrast");
            s.getElement().setAttribute("title", b.getRemovalReason());
            return s;
        }
        return Badges.badge(t.apply("moderation.ban.expired", new Object[]{Formats.dateTime(b.getEndsAt())}), "contrast");
    }
}
