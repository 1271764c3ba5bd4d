package jp.houjin.keycloak.directory.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.SchemaValidationException;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/** Applies the directory's versioned migrations (Liquibase, shipped in the JAR), then has Hibernate validate. */
final class DirectorySchema {

    static final String CHANGELOG = "META-INF/houjin-directory/changelog.xml";
    private static final Logger LOG = Logger.getLogger(DirectorySchema.class);

    private DirectorySchema() {
    }

    /**
     * Runs outside any JTA transaction, on a connection in auto-commit mode, so Liquibase manages its own
     * transactions and lock exactly as it does anywhere else (PostgreSQL aborts a whole transaction on the first
     * failed statement, which Liquibase's existence checks rely on being able to roll back).
     */
    @SuppressWarnings("deprecation")
    static void migrate(EntityManager em) {
        em.unwrap(Session.class).doWork(connection -> {
            connection.setAutoCommit(true);
            try {
                Database database = database(connection);
                // Keep Liquibase's own tables apart from any the business database may already have.
                database.setDatabaseChangeLogTableName("HOUJIN_DIRECTORY_CHANGELOG");
                database.setDatabaseChangeLogLockTableName("HOUJIN_DIRECTORY_CHANGELOG_LOCK");
                Liquibase liquibase = new Liquibase(CHANGELOG,
                        new ClassLoaderResourceAccessor(DirectorySchema.class.getClassLoader()), database);
                liquibase.update(new Contexts(), new LabelExpression());
            } catch (LiquibaseException e) {
                throw new IllegalStateException("Corporate directory migration failed: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The Liquibase dialect by product name: Keycloak's own Liquibase set-up does not list every database, so the
     * usual lookup can end at "Unknown database" and SQL that PostgreSQL refuses.
     */
    private static Database database(java.sql.Connection connection) throws java.sql.SQLException, LiquibaseException {
        String product = connection.getMetaData().getDatabaseProductName();
        Database database = switch (product) {
            case "PostgreSQL" -> new liquibase.database.core.PostgresDatabase();
            case "H2" -> new liquibase.database.core.H2Database();
            case "MariaDB" -> new liquibase.database.core.MariaDBDatabase();
            case "MySQL" -> new liquibase.database.core.MySQLDatabase();
            default -> DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new OpenConnection(connection));
        };
        database.setConnection(new OpenConnection(connection));
        return database;
    }

    static void validate(EntityManager em) {
        try {
            em.getEntityManagerFactory().getSchemaManager().validate();
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("Corporate directory schema does not match the entities: " + e.getMessage(), e);
        }
        LOG.info("Corporate directory schema is up to date and valid");
    }
}
