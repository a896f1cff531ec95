package ru.otklik.security.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.otklik.security.entity.Role;
import ru.otklik.security.entity.StaffUser;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an administrator may set on a staff member: the boundary copies exactly these fields,
 * so nothing else (a password hash, another organisation) can be smuggled in. Bound to the
 * staff form with {@code BeanValidationBinder}; the same rules are checked again by the boundary.
 */
public class StaffDraft {

    private Long id;
    private long version;

    @NotBlank(message = "{login.required}")
    @Size(min = 3, max = 64, message = "{login.size}")
    @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "{login.pattern}")
    private String login;

    @NotBlank(message = "{fullName.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String fullName;

    @Size(max = 200, message = "{field.too-long}")
    private String position;

    @Email(message = "{email.invalid}")
    @Size(max = 254, message = "{field.too-long}")
    private String email;

    @NotNull
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public StaffDraft() {
    }

    public static StaffDraft of(StaffUser user) {
        StaffDraft d = new StaffDraft();
        d.id = user.getId();
        d.version = user.getVersion();
        d.login = user.getLogin();
        d.fullName = user.getFullName();
        d.position = user.getPosition();
        d.email = user.getEmail();
        d.roles = user.getRoles();
        return d;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLogin() {
        return login;
    }

    /** Logins are case-insensitive: kept trimmed and in lower case. */
    public void setLogin(String login) {
        this.login = login == null ? null : login.strip().toLowerCase(Locale.ROOT);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
