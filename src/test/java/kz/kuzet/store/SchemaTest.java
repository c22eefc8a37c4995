package kz.kuzet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void migrationsBuildASchemaThatHibernateValidates(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            assertThat(kuzet.database().schemaVersion()).isNotNull();
            assertThat(kuzet.database().hasPendingMigrations()).isFalse();
            assertThat(TableCounts.of(kuzet.database().dataSource()))
                    .containsKeys("state_body", "detection", "incident_record", "notice", "audit_entry");
            assertThat(kuzet.database().engineDescription())
                    .containsIgnoringCase(engine == TestEngine.H2 ? "H2" : "PostgreSQL");
        }
    }
}
