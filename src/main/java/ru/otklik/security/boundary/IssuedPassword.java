package ru.otklik.security.boundary;

import ru.otklik.security.entity.StaffUser;

/**
 * A one-time password just issued to a staff member: shown once to the administrator, never
 * stored in clear; the user must replace it at the first login.
 */
public record IssuedPassword(StaffUser user, String oneTimePassword) {

    @Override
    public String toString() {
        return "IssuedPassword[" + user.getLogin() + "]";
    }
}
