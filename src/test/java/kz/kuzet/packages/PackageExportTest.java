package kz.kuzet.packages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import kz.kuzet.app.Kuzet;
import kz.kuzet.packages.read.OpenedPackage;
import kz.kuzet.packages.read.PackageReader;
import kz.kuzet.packages.sign.SigningKey;
import kz.kuzet.packages.sign.SigningKeyStore;
import kz.kuzet.packages.stix.StixBundleBuilder;
import kz.kuzet.packages.trust.TrustList;
import kz.kuzet.packages.trust.TrustedKey;
import kz.kuzet.security.AccessDeniedException;
import kz.kuzet.security.Actor;
import kz.kuzet.security.OwnerOnlyFiles;
import kz.kuzet.security.Role;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export: who may, what the STIX bundle holds, stable ids, the key kept owner-only. */
class PackageExportTest {

    private static final SigningKey STS = SigningKey.generate("STS NCCC");
    private static final TrustList TRUST = TrustList.of(new TrustedKey("STS", STS.publicKey()));
    private static Kuzet kuzet;
    private static IncidentFixture fx;
    private static long recordId;

    @TempDir
    Path dir;

    @BeforeAll
    static void world() {
        MutableClock clock = new MutableClock(RecordWorld.START);
        kuzet = TestEngine.H2.open(clock);
        fx = new IncidentFixture(kuzet);
        recordId = RecordWorld.fullRecord(kuzet, fx, clock);
    }

    @AfterAll
    static void close() {
        kuzet.close();
    }

    private OpenedPackage export(Actor actor, String name) throws Exception {
        Path file = dir.resolve(name);
        kuzet.packages().export(actor, recordId, file, STS);
        return PackageReader.open(file, TRUST);
    }

    @Test
    void theStixBundleHoldsTheSameFactsWithResolvableReferencesAndStableIds() throws Exception {
        OpenedPackage p = export(RecordWorld.LEAD, "a.kzp");
        JsonNode bundle = PackageJson.MAPPER.readTree(p.stixBundle());
        assertThat(bundle.get("type").asText()).isEqualTo("bundle");
        List<JsonNode> objects = StreamSupport.stream(bundle.get("objects").spliterator(), false).toList();
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> assertThat(ids.add(o.get("id").asText())).as("unique " + o.get("id")).isTrue());
        for (JsonNode o : objects) {
            assertThat(o.get("id").asText()).startsWith(o.get("type").asText() + "--");
            assertThat(o.get("id").asText().substring(o.get("type").asText().length() + 2))
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            for (String ref : refs(o)) {
                assertThat(ids).as(o.get("id") + " refers to " + ref).contains(ref);
            }
        }

        JsonNode incident = only(objects, "incident");
        assertThat(incident.get("name").asText()).isEqualTo(p.detail().summary().title());
        assertThat(incident.get("object_marking_refs").get(0).asText()).isEqualTo(StixBundleBuilder.TLP_AMBER);
        JsonNode ext = incident.get("extensions").get(StixBundleBuilder.RECORD_EXTENSION);
        assertThat(ext.get("extension_type").asText()).isEqualTo("property-extension");
        assertThat(ext.get("status").asText()).isEqualTo("in_progress");
        assertThat(ext.get("kind").asText()).isEqualTo("incident");
        assertThat(ext.get("clock_facts").get("detected").asText()).isNotBlank();
        assertThat(ext.get("clock_facts").has("sb_notice_sent")).isTrue();
        assertThat(ext.get("clocks")).hasSize(p.record().clocks().size());
        assertThat(only(objects, "extension-definition").get("id").asText())
                .isEqualTo(StixBundleBuilder.RECORD_EXTENSION);

        JsonNode tlp = only(objects, "marking-definition");
        assertThat(tlp.get("name").asText()).isEqualTo("TLP:AMBER");
        assertThat(tlp.get("extensions").get(StixBundleBuilder.TLP2_EXTENSION).get("tlp_2_0").asText())
                .isEqualTo("amber");
        assertThat(of(objects, "identity")).extracting(o -> o.get("name").asText())
                .contains("STS NCCC", "Министерство финансов");
        assertThat(of(objects, "observed-data")).hasSize(2).allSatisfy(o -> {
            assertThat(o.get("object_refs")).isNotEmpty();
            assertThat(o.get("number_observed").asInt()).isPositive();
        });
        assertThat(of(objects, "indicator")).hasSize(2).allSatisfy(o -> {
            assertThat(o.get("pattern").asText()).startsWith("[network-traffic:src_ref.value = '185.1.1.");
            assertThat(o.get("pattern_type").asText()).isEqualTo("stix");
        });
        assertThat(of(objects, "course-of-action")).singleElement()
                .satisfies(c -> assertThat(c.get("name").asText()).isEqualTo("Хостты оқшаулау."));
        assertThat(of(objects, "ipv4-addr")).extracting(o -> o.get("value").asText()).contains("10.20.1.1");
        assertThat(objects).filteredOn(o -> o.has("created")).allSatisfy(o ->
                assertThat(o.get("spec_version").asText()).isEqualTo("2.1"));

        OpenedPackage again = export(RecordWorld.LEAD, "b.kzp");
        JsonNode second = PackageJson.MAPPER.readTree(again.stixBundle());
        assertThat(second.get("id").asText()).isEqualTo(bundle.get("id").asText());
        Set<String> secondIds = new HashSet<>();
        second.get("objects").forEach(o -> secondIds.add(o.get("id").asText()));
        assertThat(secondIds).isEqualTo(ids);
        assertThat(again.manifest().recordKey()).isEqualTo(p.manifest().recordKey());
        assertThat(again.manifest().packageId()).isNotEqualTo(p.manifest().packageId());
    }

    @Test
    void onlyThoseWhoMayExportTheRecordsBodyMayExportAndRefusalsAreAudited() throws Exception {
        Actor admin = Actor.user("admin1", Role.ADMINISTRATOR, null, null);
        Actor otherCoordinator = Actor.user("coord.mz", Role.COORDINATOR, fx.otherBodyId, "MZ");
        Actor ownCoordinator = Actor.user("coord.mf", Role.COORDINATOR, fx.bodyId, "MF");
        Actor auditor = Actor.user("auditor1", Role.AUDITOR, null, null);
        assertThatThrownBy(() -> export(admin, "admin.kzp")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export(otherCoordinator, "mz.kzp")).isInstanceOf(AccessDeniedException.class);
        assertThat(dir.resolve("admin.kzp")).doesNotExist();
        assertThat(dir.resolve("mz.kzp")).doesNotExist();
        assertThat(export(ownCoordinator, "mf.kzp").detail().summary().id()).isEqualTo(recordId);
        assertThat(export(auditor, "aud.kzp").auditEntries()).isNotEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.endsWith(".kzp"));
        }
        kuzet.access().awaitRecorded();
        List<String> actors = kuzet.tx().read(em -> em.createQuery("select a.actor from AuditEntry a"
                + " where a.action = 'access.denied' order by a.seq", String.class).getResultList());
        assertThat(actors).contains("admin1", "coord.mz");
        List<String> exporters = kuzet.tx().read(em -> em.createQuery("select a.actor from AuditEntry a"
                + " where a.action = 'package.export' and a.recordId = :r", String.class)
                .setParameter("r", recordId).getResultList());
        assertThat(exporters).contains("coord.mf", "auditor1");
    }

    @Test
    void theKeyIsCreatedOnceAndKeptOwnerOnly() throws Exception {
        SigningKeyStore store = SigningKeyStore.inDataFolder(dir.resolve("data"));
        SigningKey first = store.loadOrCreate("STS Almaty");
        SigningKey second = new SigningKeyStore(store.file()).loadOrCreate("ignored");
        assertThat(second.organisation()).isEqualTo("STS Almaty");
        assertThat(second.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
        assertThat(second.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
        assertThat(OwnerOnlyFiles.isOwnerOnly(store.file())).isTrue();
    }

    private static List<String> refs(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fields().forEachRemaining(e -> {
            if (e.getKey().endsWith("_ref")) {
                out.add(e.getValue().asText());
            } else if (e.getKey().endsWith("_refs")) {
                e.getValue().forEach(v -> out.add(v.asText()));
            }
        });
        return out;
    }

    private static JsonNode only(List<JsonNode> objects, String type) {
        List<JsonNode> found = of(objects, type);
        assertThat(found).as(type).hasSize(1);
        return found.get(0);
    }

    private static List<JsonNode> of(List<JsonNode> objects, String type) {
        return objects.stream().filter(o -> o.get("type").asText().equals(type)).toList();
    }
}
