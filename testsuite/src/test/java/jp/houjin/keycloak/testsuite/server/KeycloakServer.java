package jp.houjin.keycloak.testsuite.server;

import java.nio.file.Path;
import java.util.Optional;

/** A running Keycloak with the project's JAR and realm config, shared by every test of one run. */
public interface KeycloakServer extends AutoCloseable {

    String REALM = "partner-portal";

    /** Base URL without trailing slash, e.g. {@code http://localhost:41234}. */
    String baseUrl();

    default String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    /** The https listener that requests client certificates of {@link #pki()}'s CA. */
    String httpsBaseUrl();

    /** The test CA, client certificates and CRL this server trusts for the certificate sign-in. */
    TestPki pki();

    /** The master realm's bootstrap admin ({@code admin} / {@code admin} on the servers the run starts itself). */
    default String adminUsername() {
        return "admin";
    }

    default String adminPassword() {
        return "admin";
    }

    /** The server's log file, when the backend keeps one on this machine. */
    Optional<Path> logFile();

    /** The last lines of the server log, for failure reports. */
    default String logTail(int lines) {
        return logFile().map(log -> ServerProcess.tail(log, lines)).orElse("(no log)");
    }

    /**
     * What the transaction manager's log store (Narayana's {@code data/transaction-logs}) holds: every file and folder
     * with its modification time. A transaction committed in two phases writes a record there and removes it, which
     * changes its folder's time; one committed in one phase leaves it as it was.
     */
    String transactionLogState();

    /** Stops and starts the same server on the same data and URL (an operator's restart). */
    void restart();

    @Override
    void close();
}
