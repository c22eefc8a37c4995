package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.kuzet.app.Kuzet;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit listing's record and time filters, at their boundaries, on both engines. */
class AuditFilterQueryTest {

    private static final Instant T0 = Instant.parse("2026-07-12T05:00:00Z");
    private static final Actor AUDITOR = Actor.user("aud", Role.AUDITOR, null, null);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void recordAndTimeFiltersKeepExactlyTheEntriesInside(TestEngine engine) {
        MutableClock clock = new MutableClock(T0);
        try (Kuzet kuzet = engine.open(clock)) {
            Actor lead = Actor.user("lead", Role.SHIFT_LEAD, null, null);
            for (int minute = 0; minute < 6; minute++) {
                long record = minute % 2 == 0 ? 17 : 18;
                kuzet.tx().run(em -> kuzet.audit().recordEvent(em, lead, "record.note", record, Map.of("n", 1)));
                clock.advance(Duration.ofMinutes(1));
            }

            assertThat(at(kuzet, new AuditFilter(null, 17L, null, null, null, 100)))
                    .containsExactly(T0, T0.plusSeconds(120), T0.plusSeconds(240));
            assertThat(at(kuzet, new AuditFilter(null, null, "record", T0.plusSeconds(60), T0.plusSeconds(180), 100)))
                    .as("since is inclusive, until exclusive").containsExactly(T0.plusSeconds(60), T0.plusSeconds(120));
            assertThat(at(kuzet, new AuditFilter("LEAD", 18L, null, T0.plusSeconds(60), null, 100)))
                    .containsExactly(T0.plusSeconds(60), T0.plusSeconds(180), T0.plusSeconds(300));
            assertThat(at(kuzet, new AuditFilter(null, 18L, null, null, null, 2)))
                    .as("the newest within the limit, oldest first")
                    .containsExactly(T0.plusSeconds(180), T0.plusSeconds(300));
            assertThat(at(kuzet, new AuditFilter(null, 99L, null, null, null, 100))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aBackwardTimeRangeIsRefusedAndOnlyAuditReadersList(TestEngine engine) {
        assertThatThrownBy(() -> new AuditFilter(null, null, null, T0, T0, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be before");
        try (Kuzet kuzet = engine.open(new MutableClock(T0))) {
            assertThatThrownBy(() -> kuzet.auditQueries().list(Actor.user("ana", Role.ANALYST, null, null),
                    AuditFilter.NONE)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("may not read the audit trail");
        }
    }

    private static List<Instant> at(Kuzet kuzet, AuditFilter filter) {
        return kuzet.auditQueries().list(AUDITOR, filter).stream().map(AuditRow::at).toList();
    }
}
