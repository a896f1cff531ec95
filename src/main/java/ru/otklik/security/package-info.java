/**
 * Staff, roles and login.
 *
 * <p>Passwords are bcrypt hashes made with WildFly Elytron's own password API and verified at
 * login by Elytron's jdbc-realm ({@code wildfly/security.cli}) reading the same tables, so the
 * container knows the caller and its roles everywhere: Vaadin views ({@code @RolesAllowed},
 * checked by {@code NavigationAccessControl}) and every EJB boundary. Login happens in a plain
 * servlet ({@code SignIn}) that slows down repeated failures and renews the session id. Users
 * are never deleted, only deactivated, so the history keeps their names.
 */
package ru.otklik.security;
