package ru.otklik.base.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The time zones a settlement may choose: Russia's first, west to east, then the rest of the world. */
public final class TimeZones {

    public static final List<ZoneId> RUSSIA_FIRST = Stream.concat(
            Stream.of("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
                    "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan",
                    "Asia/Kamchatka"),
            ZoneId.getAvailableZoneIds().stream().sorted()).distinct().map(ZoneId::of).toList();

    private TimeZones() {
    }
}
