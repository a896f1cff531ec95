package ru.otklik.setup.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.otklik.worktime.entity.WorkSchedule;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything the first-start wizard collects, kept in the browser session until the last step
 * and then handed to {@link FirstStart#complete} at once. The boundary copies exactly these
 * fields; the same rules are checked again there.
 */
public class FirstStartDraft {

    /** Whether the administrator still holds the one-time password and must choose their own. */
    private boolean passwordRequired;

    @Size(max = 200, message = "{field.too-long}")
    private String newPassword;

    @NotBlank(message = "{setup.name.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String name;

    @Size(max = 200, message = "{field.too-long}")
    private String district;

    @NotBlank(message = "{setup.head.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String headName;

    @NotBlank(message = "{setup.curator.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String curatorName;

    /** Decree item 2: the official responsible for the whole work with messages. */
    @NotBlank(message = "{setup.responsible.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String responsibleOfficial;

    @NotNull(message = "{setup.zone.required}")
    private ZoneId zone;

    /** The working hours per weekday; a weekday without hours is not worked. */
    @NotNull
    private Map<DayOfWeek, WorkSchedule.DayHours> week = new EnumMap<>(DayOfWeek.class);

    public boolean isPasswordRequired() {
        return passwordRequired;
    }

    public void setPasswordRequired(boolean passwordRequired) {
        this.passwordRequired = passwordRequired;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getCuratorName() {
        return curatorName;
    }

    public void setCuratorName(String curatorName) {
        this.curatorName = curatorName;
    }

    public String getResponsibleOfficial() {
        return responsibleOfficial;
    }

    public void setResponsibleOfficial(String responsibleOfficial) {
        this.responsibleOfficial = responsibleOfficial;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public Map<DayOfWeek, WorkSchedule.DayHours> getWeek() {
        return week;
    }

    public void setWeek(Map<DayOfWeek, WorkSchedule.DayHours> week) {
        if (week == null) {
            this.week = null;
            return;
        }
        this.week = new EnumMap<>(DayOfWeek.class);
        this.week.putAll(week);
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "FirstStartDraft[" + name + ", " + zone + ", password " + (newPassword == null ? "unset" : "set") + "]";
    }
}
