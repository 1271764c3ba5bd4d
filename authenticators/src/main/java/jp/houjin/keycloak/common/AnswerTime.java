package jp.houjin.keycloak.common;

import java.time.Duration;

import org.keycloak.models.RealmModel;

/**
 * Pages that take an address answer the same whether it is known or not; sending the mail for a known one takes
 * time, so such an answer is held until it has taken at least a floor (realm attribute
 * {@value #FLOOR_ATTRIBUTE}, default {@value #DEFAULT_FLOOR_MILLIS} ms) — longer than a mail to the realm's SMTP
 * server usually takes, so both answers arrive after the same time.
 */
public final class AnswerTime {

    public static final String FLOOR_ATTRIBUTE = "houjinAnswerFloorMillis";
    static final int DEFAULT_FLOOR_MILLIS = 1000;

    private final long startNanos = System.nanoTime();

    private AnswerTime() {
    }

    public static AnswerTime start() {
        return new AnswerTime();
    }

    /** Waits until this answer has taken the realm's floor. */
    public void pad(RealmModel realm) {
        pad(Duration.ofMillis(RateSlots.setting(realm, FLOOR_ATTRIBUTE, DEFAULT_FLOOR_MILLIS)));
    }

    /** Waits until this answer has taken at least {@code floor}. */
    public void pad(Duration floor) {
        long wait = startNanos + floor.toNanos() - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
