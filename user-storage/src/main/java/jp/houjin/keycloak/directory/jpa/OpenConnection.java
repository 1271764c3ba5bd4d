package jp.houjin.keycloak.directory.jpa;

import java.sql.Connection;

import liquibase.database.jvm.JdbcConnection;

/** Liquibase may commit and roll back on this connection, but it must not close it: Hibernate hands it back. */
final class OpenConnection extends JdbcConnection {

    OpenConnection(Connection connection) {
        super(connection);
    }

    @Override
    public void close() {
    }
}
