package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.incident.ObjectChoice;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.notice.NoticeLanguage;
import kz.kuzet.registry.RegistryService.BodySummary;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A coordinator's limits hold in every service on main; the other roles get what their role allows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorScopeServiceTest {

    private final SharedDemo demo = new SharedDemo();

    @AfterAll
    void close() {
        demo.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void recordListingsHoldOnlyTheCoordinatorsStateBody(TestEngine engine) {
        Kuzet kuzet = demo.on(engine);
        Actor coordinator = demo.actor(engine, "demo.coordinator.mf");
        Actor analyst = demo.actor(engine, "demo.analyst");
        List<RecordSummary> all = kuzet.records().list(analyst, false);
        List<RecordSummary> mine = kuzet.records().list(coordinator, false);
        assertThat(all).extracting(RecordSummary::bodyCode).contains("MF").anyMatch(code -> !code.equals("MF"));
        assertThat(mine).isNotEmpty().allMatch(r -> r.bodyCode().equals("MF"));
        assertThat(mine).hasSameSizeAs(all.stream().filter(r -> r.bodyCode().equals("MF")).toList());
        assertThat(kuzet.records().list(coordinator, true)).allMatch(r -> r.bodyCode().equals("MF"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anotherBodysRecordIsRefusedWithTheReason(TestEngine engine) {
        Kuzet kuzet = demo.on(engine);
        Actor coordinator = demo.actor(engine, "demo.coordinator.mf");
        Actor lead = demo.actor(engine, "demo.lead");
        RecordSummary foreign = kuzet.records().list(lead, false).stream()
                .filter(r -> !r.bodyCode().equals("MF")).findFirst().orElseThrow();
        RecordSummary own = kuzet.records().list(lead, false).stream()
                .filter(r -> r.bodyCode().equals("MF")).findFirst().orElseThrow();
        assertThat(kuzet.records().find(coordinator, own.id())).contains(own);
        assertThatThrownBy(() -> kuzet.records().find(coordinator, foreign.id()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("demo.coordinator.mf (coordinator for MF) may not read records of record " + foreign.id()
                        + ": it belongs to state body " + foreign.bodyCode()
                        + ", and a coordinator acts only for MF.");
        assertThat(kuzet.records().find(lead, foreign.id())).isPresent();

        kuzet.access().awaitRecorded();
        assertThat(kuzet.auditQueries().list(demo.actor(engine, "demo.auditor"),
                        new AuditFilter("demo.coordinator.mf", null, "access.denied", null, null, 100)))
                .anySatisfy(e -> assertThat(e.after()).contains("\"permission\":\"record_read\"")
                        .contains("\"target\":\"record " + foreign.id() + "\""));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void objectSearchAndRecipientLanguageKeepToTheCoordinatorsBody(TestEngine engine) {
        Kuzet kuzet = demo.on(engine);
        Actor coordinator = demo.actor(engine, "demo.coordinator.mf");
        Actor lead = demo.actor(engine, "demo.lead");
        assertThat(kuzet.queues().findObjects(lead, "", 100_000)).extracting(ObjectChoice::bodyCode)
                .contains("MF").anyMatch(code -> !code.equals("MF"));
        assertThat(kuzet.queues().findObjects(coordinator, "", 100_000)).isNotEmpty()
                .allMatch(o -> o.bodyCode().equals("MF"));

        RecordSummary foreign = kuzet.records().list(lead, false).stream()
                .filter(r -> !r.bodyCode().equals("MF")).findFirst().orElseThrow();
        assertThatThrownBy(() -> kuzet.notices().preferredLanguage(coordinator, foreign.id(), NoticeKind.SB,
                NoticeLanguage.KK)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("belongs to state body " + foreign.bodyCode());
        assertThat(kuzet.notices().preferredLanguage(lead, foreign.id(), NoticeKind.SB, NoticeLanguage.KK))
                .isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theRegistryShowsACoordinatorOnlyTheirBody(TestEngine engine) {
        Kuzet kuzet = demo.on(engine);
        List<BodySummary> mine = kuzet.registry().listBodies(demo.actor(engine, "demo.coordinator.mf"));
        List<BodySummary> all = kuzet.registry().listBodies(demo.actor(engine, "demo.auditor"));
        assertThat(mine).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo("MF");
            assertThat(b.objects()).isPositive();
        });
        assertThat(all.size()).isGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void eachRoleIsRefusedWhatItMayNotDo(TestEngine engine) {
        Kuzet kuzet = demo.on(engine);
        Actor admin = demo.actor(engine, "demo.admin");
        Actor auditor = demo.actor(engine, "demo.auditor");
        Actor analyst = demo.actor(engine, "demo.analyst");
        Actor coordinator = demo.actor(engine, "demo.coordinator.mf");
        assertThatThrownBy(() -> kuzet.records().list(admin, false)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("demo.admin (admin) may not read records: the admin role does not include it.");
        assertThat(kuzet.records().list(auditor, false)).isNotEmpty();
        for (Actor notAuditor : List.of(analyst, coordinator)) {
            assertThatThrownBy(() -> kuzet.auditQueries().list(notAuditor, AuditFilter.NONE))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not read the audit trail");
            assertThatThrownBy(() -> kuzet.auditVerifier().verify(notAuditor))
                    .isInstanceOf(AccessDeniedException.class);
        }
        for (Actor notAdmin : List.of(auditor, analyst, coordinator)) {
            assertThatThrownBy(() -> kuzet.users().list(notAdmin)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("may not manage users");
            assertThatThrownBy(() -> kuzet.users().setLockoutPolicy(notAdmin, LockoutPolicy.DEFAULT))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not change settings");
        }
        assertThat(kuzet.auditVerifier().verify(auditor).valid()).isTrue();
        assertThat(kuzet.auditQueries().list(admin, AuditFilter.NONE)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void theScopeIsABoundParameterAndCoversOnlyTheCoordinatorsBody(TestEngine engine) {
        Kuzet kuzet = demo.on(engine);
        Actor coordinator = demo.actor(engine, "demo.coordinator.mf");
        BodyScope scope = AccessPolicy.scope(coordinator, Permission.REGISTRY_CHANGE);
        assertThat(scope.covers(coordinator.stateBodyId())).isTrue();
        assertThat(scope.covers(coordinator.stateBodyId() + 1)).isFalse();
        assertThat(scope.condition("o.stateBody.id")).isEqualTo("o.stateBody.id = :scopeStateBodyId");
        assertThat(AccessPolicy.scope(demo.actor(engine, "demo.lead"), Permission.REGISTRY_CHANGE).isAll())
                .isTrue();
        assertThatThrownBy(() -> AccessPolicy.requireForBody(coordinator, Permission.REGISTRY_CHANGE,
                coordinator.stateBodyId() + 1, "MOJ", "sensor 4"))
                .hasMessage("demo.coordinator.mf (coordinator for MF) may not change the registry of sensor 4: it "
                        + "belongs to state body MOJ, and a coordinator acts only for MF.");
        assertThatThrownBy(() -> AccessPolicy.require(coordinator, Permission.NOTICE_SEND))
                .hasMessage("demo.coordinator.mf (coordinator for MF) may not send notices: the coordinator role "
                        + "does not include it.");
    }
}
