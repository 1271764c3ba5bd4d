package jp.houjin.keycloak.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Times shown to users (pages and mails): Japan time, {@code yyyy/MM/dd HH:mm}, as the seeds write them. */
public final class PortalTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private PortalTime() {
    }

    /**
     * A lifespan as pages and mails say it: whole hours when it is a whole number of hours of at least two (a seed
     * 002-like 24 hours reads 「24時間」), else minutes (seed 000's 「60分」). The message
     * {@code houjinDuration_<unit>} of the theme words it; {@code unit} is {@code hours} or {@code minutes}.
     */
    public static java.util.Map<String, String> span(int seconds) {
        boolean hours = seconds >= 7200 && seconds % 3600 == 0;
        return java.util.Map.of("unit", hours ? "hours" : "minutes",
                "amount", String.valueOf(hours ? seconds / 3600 : Math.max(1, seconds / 60)));
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    public static String formatMillis(long epochMillis) {
        return format(Instant.ofEpochMilli(epochMillis));
    }

    /** A time kept in an attribute: ISO-8601 in Japan time ({@code 2026-11-28T09:30:00+09:00}), readable and exact. */
    public static String stamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS),
                ZoneId.of("Asia/Tokyo")).toString();
    }

    /** A time written by {@link #stamp}; empty when absent or unreadable. */
    public static Optional<Instant> parseStamp(String value) {
        try {
            return value == null ? Optional.empty()
                    : Optional.of(OffsetDateTime.parse(value.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
