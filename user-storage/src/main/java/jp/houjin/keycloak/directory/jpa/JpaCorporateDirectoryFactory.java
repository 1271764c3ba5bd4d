package jp.houjin.keycloak.directory.jpa;

import java.util.List;

import jakarta.persistence.EntityManager;
import jp.houjin.keycloak.directory.CorporateDirectory;
import jp.houjin.keycloak.directory.CorporateDirectoryFactory;
import jp.houjin.keycloak.directory.password.DirectoryPasswords;
import jp.houjin.keycloak.directory.password.PasswordHasher;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.transaction.JtaTransactionManagerLookup;

/**
 * The directory on Hibernate ORM, persistence unit {@value #UNIT} on Keycloak's additional datasource of the
 * same name. Passwords follow the realm's hashing policy ({@link DirectoryPasswords}). Options:
 * {@code --spi-corporate-directory--jpa--pbkdf2-iterations} (default 600000: the PBKDF2-SHA256 iterations of the
 * access-key and bank-account verifiers, not of passwords) and {@code --spi-corporate-directory--jpa--demo-data}
 * (default false).
 */
public final class JpaCorporateDirectoryFactory implements CorporateDirectoryFactory {

    public static final String ID = "jpa";
    public static final String UNIT = "directory";

    private PasswordHasher hasher;
    private boolean demoData;

    private volatile boolean prepared;

    @Override
    public CorporateDirectory create(KeycloakSession session) {
        if (!prepared) {
            prepare(session.getKeycloakSessionFactory());
        }
        return directory(session);
    }

    private JpaCorporateDirectory directory(KeycloakSession session) {
        JtaTransactionManagerLookup lookup = session.getProvider(JtaTransactionManagerLookup.class);
        return new JpaCorporateDirectory(entityManager(session), lookup == null ? null : lookup.getTransactionManager(),
                hasher, new DirectoryPasswords(session, hasher));
    }

    static EntityManager entityManager(KeycloakSession session) {
        JpaConnectionProvider connection = session.getProvider(JpaConnectionProvider.class, UNIT);
        if (connection == null) {
            throw new IllegalStateException("No persistence unit '" + UNIT + "': build Keycloak with --db-kind-" + UNIT
                    + "=<h2|dev-file|postgres|mariadb> and start it with --db-url-full-" + UNIT + "=<jdbc url>");
        }
        return connection.getEntityManager();
    }

    @Override
    public void init(Config.Scope config) {
        hasher = new PasswordHasher(config.getInt("pbkdf2-iterations", 600_000));
        demoData = config.getBoolean("demoData", false);
    }

    /**
     * The directory's persistence unit is only usable once every provider factory has started, so the schema work
     * waits for Keycloak's post-migration event, or for the first use of the directory if that comes sooner.
     */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                prepare(factory);
            }
        });
    }

    /**
     * Once per node, on its own thread (no JTA transaction of the caller's leaks in): migrate, validate, and load the
     * demo data if asked to. Liquibase's lock table serialises nodes that start together.
     */
    private synchronized void prepare(KeycloakSessionFactory factory) {
        if (prepared) {
            return;
        }
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(() -> {
            try {
                KeycloakSession session = factory.create();
                try {
                    DirectorySchema.migrate(entityManager(session));
                } finally {
                    session.close();
                }
                KeycloakModelUtils.runJobInTransaction(factory, s -> DirectorySchema.validate(entityManager(s)));
                if (demoData) {
                    KeycloakModelUtils.runJobInTransaction(factory,
                            s -> DemoData.seedIfEmpty(directory(s)));
                }
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "houjin-directory-migration");
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the corporate directory", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        prepared = true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name("pbkdf2-iterations").type("int").defaultValue(600_000)
                .helpText("PBKDF2-SHA256 iterations of new access-key and bank-account verifiers. Passwords follow the realm's"
                        + " hashing policy (Authentication > Policies > Password policy).")
                .add()
                .property().name("demoData").type("boolean").defaultValue(false)
                .helpText("Load the demo corporations and users into an empty directory. Never on production data.")
                .add()
                .build();
    }

    @Override
    public void close() {
    }

    @Override
    public String getId() {
        return ID;
    }
}
