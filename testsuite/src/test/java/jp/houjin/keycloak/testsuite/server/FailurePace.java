package jp.houjin.keycloak.testsuite.server;

import java.util.concurrent.Callable;

/**
 * Failed sign-ins at a person's pace. Besides counting failures (the realm's {@code failureFactor}), Keycloak locks an
 * account for {@code minimumQuickLoginWaitSeconds} as soon as two failures come closer than
 * {@code quickLoginCheckMilliSeconds} (1 s in realm-config), which is how it tells a script from a person. Tests of the
 * counted lockout space their failures further apart than that; a test of the quick check would not use this.
 */
public final class FailurePace {

    private static final long GAP_MILLIS = 1_200;

    private long lastEnd;

    /** Runs {@code attempt} no sooner than the gap after the previous one ended. */
    public void run(Runnable attempt) {
        waitTurn();
        try {
            attempt.run();
        } finally {
            lastEnd = System.currentTimeMillis();
        }
    }

    /** As {@link #run}, for an attempt that answers something. */
    public <T> T call(Callable<T> attempt) throws Exception {
        waitTurn();
        try {
            return attempt.call();
        } finally {
            lastEnd = System.currentTimeMillis();
        }
    }

    private void waitTurn() {
        long wait = lastEnd + GAP_MILLIS - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while pacing sign-in failures", e);
            }
        }
    }
}
