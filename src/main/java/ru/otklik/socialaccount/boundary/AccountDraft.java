package ru.otklik.socialaccount.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.otklik.socialaccount.entity.AccountStatus;
import ru.otklik.socialaccount.entity.DesignItem;
import ru.otklik.socialaccount.entity.OfficialAccount;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * What may be set on an official account: the boundary copies exactly these fields (never the
 * organisation, never credentials). Bound to the account form with {@code BeanValidationBinder};
 * the boundary checks the same rules again.
 */
public class AccountDraft {

    private Long id;
    private long version;

    @NotNull(message = "{account.network.required}")
    private Long networkId;

    @NotBlank(message = "{name.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String name;

    @Size(max = 1000, message = "{field.too-long}")
    @Pattern(regexp = "^$|https?://\\S+", message = "{url.invalid}")
    private String link;

    @Size(max = 30, message = "{field.too-long}")
    @Pattern(regexp = "^$|\\+?[0-9 ()-]{5,30}", message = "{phone.invalid}")
    private String phone;

    @NotNull
    private AccountStatus status = AccountStatus.CREATING;

    @Size(max = 5000, message = "{field.too-long}")
    private String description;

    @NotNull
    private Set<DesignItem> design = EnumSet.noneOf(DesignItem.class);

    @NotNull
    private Set<Long> responsibleIds = new HashSet<>();

    public static AccountDraft of(OfficialAccount account) {
        AccountDraft d = new AccountDraft();
        d.id = account.getId();
        d.version = account.getVersion();
        d.networkId = account.getNetwork().getId();
        d.name = account.getName();
        d.link = account.getLink();
        d.phone = account.getPhone();
        d.status = account.getStatus();
        d.description = account.getDescription();
        d.design = account.getDesign();
        d.responsibleIds = new HashSet<>(account.getResponsibleIds());
        return d;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<DesignItem> getDesign() {
        return design.isEmpty() ? EnumSet.noneOf(DesignItem.class) : EnumSet.copyOf(design);
    }

    public void setDesign(Set<DesignItem> design) {
        this.design = design == null || design.isEmpty() ? EnumSet.noneOf(DesignItem.class) : EnumSet.copyOf(design);
    }

    public Set<Long> getResponsibleIds() {
        return Set.copyOf(responsibleIds);
    }

    public void setResponsibleIds(Set<Long> responsibleIds) {
        this.responsibleIds = responsibleIds == null ? new HashSet<>() : new HashSet<>(responsibleIds);
    }
}
