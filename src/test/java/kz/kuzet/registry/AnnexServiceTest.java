package kz.kuzet.registry;

import static kz.kuzet.registry.annex.TestAnnexFiles.KK_EXTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_HEADER;
import static kz.kuzet.registry.annex.TestAnnexFiles.KK_INTERNAL;
import static kz.kuzet.registry.annex.TestAnnexFiles.ws;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.registry.AnnexService.CommitResult;
import kz.kuzet.registry.AnnexService.ImportPreview;
import kz.kuzet.registry.annex.AnnexComparison;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.registry.annex.AnnexReader;
import kz.kuzet.registry.annex.ParsedAnnex;
import kz.kuzet.registry.annex.TestAnnexFiles;
import kz.kuzet.registry.annex.TestAnnexFiles.Obj;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AnnexServiceTest {

    private static final Actor T = Actor.user("lead", Role.SHIFT_LEAD, null, null);

    private final Clock clock = Clock.fixed(Instant.parse("2026-08-12T05:00:00Z"), ZoneOffset.UTC);

    private static final Obj WEB = new Obj("Баспасөз қызметі", "1 қабат", "Омарова Әсел", "mf-web-01",
            "100.64.0.10", "Ubuntu 22.04 LTS");

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void importsComparesAndCommitsQuarterByQuarter(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            RegistryFixtures.body(kuzet, "MF");
            RegistryFixtures.body(kuzet, "MOJ");
            AnnexService annexes = kuzet.annexes();

            byte[] q2 = TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL,
                    List.of(ws(11, "Windows 10 Pro 22H2"), ws(12, "Windows 7 SP1")), KK_EXTERNAL, List.of(WEB));
            ImportPreview first = annexes.preview(T, "MF", "2026-Q2", "mf-q2.xlsx", q2);
            assertThat(first.comparedWith()).isEqualTo(AnnexService.REGISTRY_BASELINE);
            assertThat(first.comparison().added()).hasSize(3);
            assertThat(objectCount(kuzet)).isZero();
            CommitResult c1 = annexes.commit(T, first, false);
            assertThat(c1.objectsAdded()).isEqualTo(3);
            assertThat(objectCount(kuzet)).isEqualTo(3);

            // Q3: WS-12 removed, WS-11 upgraded, WS-13 added, one broken row
            byte[] q3 = TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL, List.of(ws(11, "Windows 11 Pro 24H2"),
                            ws(13, "Astra Linux SE 1.7"),
                            new Obj("ДЦ", "2 қабат", "Ким", "MF-WS-99", "10.20.1.999", "Debian 12")),
                    KK_EXTERNAL, List.of(WEB));
            ImportPreview second = annexes.preview(T, "MF", "2026-Q3", "mf-q3.xlsx", q3);
            assertThat(second.rows()).isEqualTo(4);
            assertThat(second.valid()).isEqualTo(3);
            assertThat(second.errors()).singleElement().satisfies(e -> assertThat(e.cell()).isEqualTo("G8"));
            assertThat(second.comparedWith()).isEqualTo("2026-Q2");
            AnnexComparison diff = second.comparison();
            assertThat(diff.added()).extracting(AnnexLine::host).containsExactly("MF-WS-13");
            assertThat(diff.removed()).extracting(AnnexLine::host).containsExactly("MF-WS-12");
            assertThat(diff.changed()).singleElement().satisfies(ch -> assertThat(ch.fields())
                    .containsExactly(new AnnexComparison.FieldChange("operating_system", "Windows 10 Pro 22H2",
                            "Windows 11 Pro 24H2")));

            assertThatThrownBy(() -> annexes.commit(T, second, false))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing was written");
            assertThat(annexes.submittedBodyCodes(T, "2026-Q3")).isEmpty();

            CommitResult c2 = annexes.commit(T, second, true);
            assertThat(c2.rowsStored()).isEqualTo(3);
            assertThat(c2.registryUpdated()).isTrue();
            assertThat(List.of(c2.objectsAdded(), c2.objectsUpdated(), c2.objectsRetired())).containsExactly(1, 1, 1);
            assertThat(objectCount(kuzet)).isEqualTo(4);
            assertThat(activeHosts(kuzet)).containsExactlyInAnyOrder("MF-WS-11", "MF-WS-13", "mf-web-01");

            assertThat(annexes.submittedBodyCodes(T, "2026-Q3")).containsExactly("MF");
            AnnexService.QuarterStatus status = annexes.quarterStatus(T, "2026-Q3");
            assertThat(status.missing()).containsExactly("MOJ");
            assertThat(status.due()).isEqualTo(Instant.parse("2026-09-30T19:00:00Z"));
            assertThat(annexes.compareWithPrevious(T, "MF", "2026-Q3")).get()
                    .satisfies(c -> assertThat(c.removed()).hasSize(1));
            assertThat(annexes.latest(T, "MF", "2026-Q3")).get().satisfies(s -> {
                assertThat(s.lines()).hasSize(3);
                assertThat(s.sourceName()).isEqualTo("mf-q3.xlsx");
                assertThat(s.sha256()).hasSize(64);
            });
            assertThat(kuzet.auditVerifier().verify().valid()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anOlderQuarterFiledLateDoesNotOverwriteTheRegistry(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            RegistryFixtures.body(kuzet, "MF");
            AnnexService annexes = kuzet.annexes();
            annexes.commit(T, annexes.preview(T, "MF", "2026-Q3", "q3.xlsx", TestAnnexFiles.officialXlsx(KK_HEADER,
                    KK_INTERNAL, List.of(ws(1, "Debian 12")), KK_EXTERNAL, List.of())), false);
            CommitResult late = annexes.commit(T, annexes.preview(T, "MF", "2026-Q2", "q2.xlsx",
                    TestAnnexFiles.officialXlsx(KK_HEADER, KK_INTERNAL, List.of(ws(2, "Debian 12")), KK_EXTERNAL,
                            List.of())), false);
            assertThat(late.registryUpdated()).isFalse();
            assertThat(activeHosts(kuzet)).containsExactly("MF-WS-1");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void exportsTheOfficialFormThatReadsBackTheSame(TestEngine engine) throws Exception {
        try (Kuzet kuzet = engine.open(clock)) {
            RegistryFixtures.body(kuzet, "MF");
            AnnexService annexes = kuzet.annexes();
            annexes.commit(T, annexes.preview(T, "MF", "2026-Q3", "q3.xlsx", TestAnnexFiles.officialXlsx(KK_HEADER,
                    KK_INTERNAL, List.of(ws(1, "Debian 12"), ws(2, "Alt Linux 10")), KK_EXTERNAL, List.of(WEB))),
                    false);
            for (String lang : List.of("kk", "ru")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                annexes.exportXlsx(T, "MF", "2026-Q3", lang, out);
                ParsedAnnex back = AnnexReader.read("export.xlsx", out.toByteArray());
                assertThat(back.errors()).isEmpty();
                assertThat(back.lines()).extracting(AnnexLine::host, AnnexLine::contour).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MF-WS-1", Contour.INTERNAL),
                        org.assertj.core.groups.Tuple.tuple("MF-WS-2", Contour.INTERNAL),
                        org.assertj.core.groups.Tuple.tuple("mf-web-01", Contour.EXTERNAL));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestEngine.class)
    void anObjectWhoseRowIsLeftOutForAnErrorIsNotRetired(TestEngine engine) {
        try (Kuzet kuzet = engine.open(clock)) {
            RegistryFixtures.body(kuzet, "MF");
            AnnexService annexes = kuzet.annexes();
            annexes.commit(T, annexes.preview(T, "MF", "2026-Q2", "q2.xlsx", TestAnnexFiles.officialXlsx(KK_HEADER,
                    KK_INTERNAL, List.of(ws(1, "Debian 12"), ws(2, "Debian 12")), KK_EXTERNAL, List.of())), false);
            ImportPreview q3 = annexes.preview(T, "MF", "2026-Q3", "q3.xlsx", TestAnnexFiles.officialXlsx(KK_HEADER,
                    KK_INTERNAL, List.of(ws(1, "Debian 12"), new Obj("ДЦ", "1", "Ким", "MF-WS-2", "10.20.1.2",
                            null)), KK_EXTERNAL, List.of()));
            assertThat(q3.valid()).isEqualTo(1);
            assertThat(q3.comparison().removed()).isEmpty();
            CommitResult r = annexes.commit(T, q3, true);
            assertThat(r.objectsRetired()).isZero();
            assertThat(activeHosts(kuzet)).containsExactlyInAnyOrder("MF-WS-1", "MF-WS-2");
        }
    }

    private static long objectCount(Kuzet kuzet) {
        return kuzet.tx().read(em -> em.createQuery("select count(o) from MonitoredObject o", Long.class)
                .getSingleResult());
    }

    private static List<String> activeHosts(Kuzet kuzet) {
        return kuzet.tx().read(em -> em.createQuery("select o.hostName from MonitoredObject o where o.active = true",
                String.class).getResultList());
    }
}
