package jp.houjin.keycloak.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times shown to users (pages and mails): Japan time, {@code yyyy/MM/dd HH:mm}, as the seeds write them. */
public final class PortalTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private PortalTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    public static String formatMillis(long epochMillis) {
        return format(Instant.ofEpochMilli(epochMillis));
    }
}
