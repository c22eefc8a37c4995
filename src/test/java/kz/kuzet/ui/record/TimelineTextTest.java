package kz.kuzet.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import kz.kuzet.app.Kuzet;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.notice.NoticeLanguage;
import kz.kuzet.notice.NoticeService;
import kz.kuzet.notice.NoticeSettings;
import kz.kuzet.notice.Signer;
import kz.kuzet.packages.RecordWorld;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;
import kz.kuzet.testing.Actors;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import kz.kuzet.ui.Messages;
import org.junit.jupiter.api.Test;

class TimelineTextTest {

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    @Test
    void noTimelineEntryOfARecordWithNoticesShowsARawActionCode() throws IOException {
        MutableClock clock = new MutableClock(RecordWorld.START);
        List<TimelineEntry> timeline;
        try (Kuzet k = TestEngine.H2.open(clock)) {
            long id = RecordWorld.fullRecord(k, new IncidentFixture(k), clock);
            NoticeSettings s = k.notices().settings();
            Actor admin = Actor.user("admin", Role.ADMINISTRATOR, null, null);
            s.put(admin, "smtp.host", "127.0.0.1");
            s.put(admin, "smtp.port", Integer.toString(closedPort()));
            s.put(admin, "smtp.security", "none");
            s.put(admin, "smtp.from", "nccc@sts.kz");
            s.put(admin, "notice.knb.email", "knb@knb.kz");
            long knb = k.notices().create(RecordWorld.LEAD, id, NoticeKind.KNB, NoticeLanguage.RU,
                    new Signer("Әлібек Нұрлан", "Ауысым басшысы")).noticeId();
            assertThat(k.notices().send(RecordWorld.LEAD, knb).outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            k.response().escalate(RecordWorld.LEAD, new VersionedId(id, RecordWorld.version(k, id)), "МКРИ",
                    DeliveryChannel.BY_HAND, "№ 15-04/118");
            timeline = k.queues().detail(Actors.SYSTEM, id).timeline();
        }

        assertThat(timeline).extracting(TimelineEntry::type).contains("audit:notice.create", "audit:notice.queue",
                "audit:notice.send", "audit:notice.send_failed", "audit:notice.sent");
        for (String language : LANGUAGES) {
            ResourceBundle bundle = Messages.bundle(language);
            assertThat(timeline).allSatisfy(t -> {
                String key = "timeline." + t.type().replace(':', '.');
                assertThat(bundle.containsKey(key)).as("%s in %s", key, language).isTrue();
                assertThat(TimelineText.type(bundle, t.type())).isEqualTo(bundle.getString(key))
                        .doesNotContain(t.type().startsWith("audit:") ? t.type().substring(6) : "\0");
            });
        }
    }

    @Test
    void anImportedEntrySaysWhoSignedItsPackageAndWhenItWasImported() {
        Instant importedAt = Instant.parse("2026-03-02T10:10:00Z");
        TimelineEntry imported = new TimelineEntry(importedAt.minusSeconds(3600), "audit:record.assign", "lead1",
                "record.assign", new TimelineEntry.Origin("pkg-1", "STS Astana", "SHA256:ab",
                        importedAt.minusSeconds(60), importedAt));
        TimelineEntry local = new TimelineEntry(importedAt, "audit:package.import", "lead2", "package.import");

        assertThat(TimelineText.origin(Messages.bundle("en"), imported))
                .isEqualTo("Imported: from a package signed by STS Astana, imported 2026-03-02 15:10:00");
        for (String language : List.of("kk", "ru")) {
            assertThat(TimelineText.origin(Messages.bundle(language), imported)).contains("«STS Astana»",
                    "2026-03-02 15:10:00");
        }
        for (String language : LANGUAGES) {
            assertThat(TimelineText.origin(Messages.bundle(language), local)).isEmpty();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
