package kz.kuzet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.kuzet.app.Kuzet;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TransactionsTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-12T05:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theSecondOfTwoConcurrentEditsIsToldAndChangesNothing(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            long id = kuzet.tx().call(em -> {
                StateBody b = new StateBody("MF", "Қаржы министрлігі", "Министерство финансов",
                        StateBodyKind.MINISTRY);
                em.persist(b);
                return b.getId();
            });
            StateBody seenByFirst = kuzet.tx().read(em -> em.find(StateBody.class, id));
            StateBody seenBySecond = kuzet.tx().read(em -> em.find(StateBody.class, id));

            kuzet.tx().run(em -> {
                StateBody b = em.merge(seenByFirst);
                b.setNameRu("Министерство финансов РК");
            });
            assertThatThrownBy(() -> kuzet.tx().run(em -> {
                StateBody b = em.merge(seenBySecond);
                b.setNameRu("Минфин");
            })).isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("Reload");

            StateBody now = kuzet.tx().read(em -> em.find(StateBody.class, id));
            assertThat(now.getNameRu()).isEqualTo("Министерство финансов РК");
            assertThat(now.getVersion()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void aFailedUnitOfWorkLeavesNothingBehind(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            assertThatThrownBy(() -> kuzet.tx().run(em -> {
                em.persist(new StateBody("KNB", "ҰҚК", "КНБ", StateBodyKind.COMMITTEE));
                em.flush();
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(kuzet.registry().listBodies(kz.kuzet.security.Actor.system("test"))).isEmpty();
        }
    }
}
