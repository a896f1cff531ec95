/**
 * The application shell: the main layout with the role-filtered menu, and the home page with
 * the few figures that matter to each user. It sits at the top of the dependency graph: it
 * reads the other components through their boundaries, and no component depends on it (views
 * get the layout through {@code @Layout} and join the menu through {@code @Menu}).
 */
package ru.otklik.shell;
