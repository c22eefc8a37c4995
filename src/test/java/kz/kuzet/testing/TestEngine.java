package kz.kuzet.testing;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import kz.kuzet.app.Kuzet;
import kz.kuzet.store.DatabaseSettings;

/**
 * The two database engines every persistence test runs on. Each {@link #settings()} call gives a new, empty
 * database. Use with {@code @ParameterizedTest @EnumSource(TestEngine.class)}.
 */
public enum TestEngine {
    H2 {
        @Override
        public DatabaseSettings settings() {
            return DatabaseSettings.inMemory("kuzet_test_" + COUNTER.incrementAndGet());
        }
    },
    POSTGRESQL {
        @Override
        public DatabaseSettings settings() {
            return new DatabaseSettings(EmbeddedPg.newDatabaseUrl(), "postgres", "postgres");
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    public abstract DatabaseSettings settings();

    /** A new empty database at the current schema, with the services built over it. */
    public Kuzet open(Clock clock) {
        return Kuzet.open(settings(), clock);
    }
}
