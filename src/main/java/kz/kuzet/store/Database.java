package kz.kuzet.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * The central event database: a connection pool, the Flyway-owned schema and the JPA persistence unit over it.
 * Hibernate only validates the schema; Flyway migrations own it, the same scripts on H2 and PostgreSQL.
 */
public final class Database implements AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final List<Class<?>> entityClasses;
    private SessionFactory sessionFactory;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, List<Class<?>> entityClasses) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.entityClasses = List.copyOf(entityClasses);
    }

    /** Connects (without touching the schema). Fails with a message that names the database, never the password. */
    public static Database connect(DatabaseSettings settings, List<Class<?>> entityClasses) {
        settings.engine();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("kuzet");
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        try {
            return new Database(settings, new HikariDataSource(config), entityClasses);
        } catch (RuntimeException e) {
            throw new StoreException("Cannot connect to " + settings.redactedUrl() + ": " + rootMessage(e)
                    + ". Check the database URL, user and password (--db, --db-user, --db-password).", e);
        }
    }

    /** Brings the schema to the current version. Returns the number of migrations applied. */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** The schema version the database is at, or null when it has none. */
    public String schemaVersion() {
        MigrationInfo current = flyway().info().current();
        return current == null ? null : current.getVersion().getVersion();
    }

    /** Whether migrations are waiting to be applied. */
    public boolean hasPendingMigrations() {
        return flyway().info().pending().length > 0;
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** The persistence unit; the schema must be current (Hibernate validates it on first use). */
    public synchronized EntityManagerFactory entityManagerFactory() {
        if (sessionFactory == null) {
            Configuration configuration = new Configuration();
            entityClasses.forEach(configuration::addAnnotatedClass);
            configuration.addProperties(toProperties(Map.of(
                    AvailableSettings.HBM2DDL_AUTO, "validate",
                    AvailableSettings.STATEMENT_BATCH_SIZE, "50",
                    AvailableSettings.ORDER_INSERTS, "true",
                    AvailableSettings.ORDER_UPDATES, "true",
                    AvailableSettings.JDBC_TIME_ZONE, "UTC",
                    AvailableSettings.SHOW_SQL, "false")));
            configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
            sessionFactory = configuration.buildSessionFactory();
        }
        return sessionFactory;
    }

    private static java.util.Properties toProperties(Map<String, String> map) {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(map);
        return properties;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public DatabaseSettings.Engine engine() {
        return settings.engine();
    }

    /** Engine name and version as the server reports them. */
    public String engineDescription() {
        try (Connection c = dataSource.getConnection()) {
            var meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database's version: " + e.getMessage(), e);
        }
    }

    /** Whether the database answers now (used by the console's connection indicator). */
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        if (sessionFactory != null) {
            sessionFactory.close();
        }
        dataSource.close();
    }
}
