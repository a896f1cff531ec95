package ru.otklik.security.entity;

import ru.otklik.base.Roles;

/** The seven roles of REQUIREMENTS.md; one person may hold several. */
public enum Role {
    HEAD(Roles.HEAD),
    CURATOR(Roles.CURATOR),
    OPERATOR(Roles.OPERATOR),
    EXECUTOR(Roles.EXECUTOR),
    SMM_EDITOR(Roles.SMM_EDITOR),
    MODERATOR(Roles.MODERATOR),
    ADMIN(Roles.ADMIN);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The container role name used in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    /** The translation key of the role's Russian/English name. */
    public String key() {
        return "role." + name();
    }
}
