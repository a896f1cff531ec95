package ru.otklik.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import ru.otklik.base.ui.SignOut;
import ru.otklik.base.ui.ShellItem;
import ru.otklik.org.boundary.Organisations;
import ru.otklik.security.boundary.Logins;
import ru.otklik.security.boundary.Staff;
import ru.otklik.security.entity.StaffUser;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The frame around every page: the organisation's name, the user with a menu (profile,
 * logout), and the side menu with exactly the views this user may open, read from the
 * {@code @Menu} entries and checked against each view's access annotations. Settings pages
 * ({@code settings/...}) are grouped under one item.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String SETTINGS = "settings/";

    private final Staff staff;
    private final Logins logins;
    private final Span title = new Span();

    @Inject
    public MainLayout(Staff staff, Organisations organisations, Logins logins, Instance<ShellItem> items) {
        this.staff = staff;
        this.logins = logins;
        StaffUser me = staff.me();
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        title.addClassName("shell-title");
        Span organisation = new Span(organisations.current().getName());
        organisation.addClassName("shell-organisation");
        organisation.setId("shell-organisation");
        Div heading = new Div(title, organisation);
        heading.addClassName("shell-heading");
        HorizontalLayout header = new HorizontalLayout(toggle, heading);
        items.stream().sorted(Comparator.comparingInt(ShellItem::order)).map(ShellItem::create)
                .filter(Objects::nonNull).forEach(header::add);
        header.add(userMenu(me));
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(heading);
        header.addClassName("shell-header");
        addToNavbar(header);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("shell-brand");
        addToDrawer(brand, menu());
    }

    private MenuBar userMenu(StaffUser me) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        bar.setId("user-menu");
        Avatar avatar = new Avatar(me.getFullName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Div who = new Div(avatar, new Span(me.getFullName()));
        who.addClassName("shell-user");
        var item = bar.addItem(who);
        item.getSubMenu().addItem(getTranslation("shell.profile"), e -> UI.getCurrent().navigate("profile"))
                .setId("menu-profile");
        item.getSubMenu().addItem(getTranslation("shell.logout"), e -> logout()).setId("menu-logout");
        return bar;
    }

    /** The menu entries this user may open, in their order; settings pages nested under one item. */
    SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("side-menu");
        SideNavItem settings = new SideNavItem(getTranslation("menu.settings"));
        settings.setPrefixComponent(new Icon("vaadin", "cog"));
        settings.setId("menu-settings");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries().stream()
                .filter(this::allowed)
                .sorted(Comparator.comparing(e -> e.order() == null ? Double.MAX_VALUE : e.order()))
                .toList();
        boolean settingsAdded = false;
        for (MenuEntry entry : entries) {
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), path);
            item.setId("menu-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            if (path.startsWith(SETTINGS)) {
                settings.addItem(item);
                if (!settingsAdded) {
                    nav.addItem(settings);
                    settingsAdded = true;
                }
            } else {
                nav.addItem(item);
            }
        }
        settings.setExpanded(true);
        return nav;
    }

    private boolean allowed(MenuEntry entry) {
        VaadinRequest request = VaadinRequest.getCurrent();
        return entry.menuClass() != null && request != null
                && new AccessAnnotationChecker().hasAccess(entry.menuClass(), request.getUserPrincipal(),
                request::isUserInRole);
    }

    private void logout() {
        String login = staff.me().getLogin();
        logins.loggedOut(login);
        SignOut.now(login);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String page = getContent() instanceof com.vaadin.flow.router.HasDynamicTitle t ? t.getPageTitle() : "";
        title.setText(page);
        UI.getCurrent().getPage().setTitle(page.isEmpty() ? getTranslation("app.name")
                : page + " · " + getTranslation("app.name"));
    }
}
