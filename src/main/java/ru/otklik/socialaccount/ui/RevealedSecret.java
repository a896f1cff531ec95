package ru.otklik.socialaccount.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A revealed credential (R2.2): read-only, and hidden again by itself after a few seconds even if
 * the user walks away. The browser's timer calls back this very field, which sits in the account's
 * dialog: a modal dialog makes the rest of the page inert, so a callback to the view would be
 * ignored.
 */
class RevealedSecret extends TextField {

    RevealedSecret() {
        setReadOnly(true);
        setVisible(false);
        setWidthFull();
    }

    void show(String label, String value, int seconds) {
        setLabel(label);
        setValue(value);
        setVisible(true);
        if (getSuffixComponent() != null) {
            getSuffixComponent().setVisible(true);
        }
        getElement().executeJs("const el = this; clearTimeout(el.__otklikHide);"
                + " el.__otklikHide = setTimeout(() => el.$server && el.$server.hide(), $0)", seconds * 1000);
    }

    @ClientCallable
    void hide() {
        clear();
        setVisible(false);
        if (getSuffixComponent() != null) {
            getSuffixComponent().setVisible(false);
        }
    }
}
