package kz.kuzet.packages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.DispatchDecider;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.VersionedId;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.notice.NoticeLanguage;
import kz.kuzet.notice.Signer;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.registry.annex.AnnexRow;
import kz.kuzet.registry.annex.AnnexSubmission;
import kz.kuzet.security.Actor;
import kz.kuzet.testing.Actors;
import kz.kuzet.testing.IncidentFixture;
import kz.kuzet.testing.MutableClock;

/** A record with everything a package carries, made through the real services. */
public final class RecordWorld {

    public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    public static final Actor LEAD = Actors.lead("lead1");

    private RecordWorld() {
    }

    /** Returns the record's id; the clock moves forward as the work is done. */
    public static long fullRecord(Kuzet k, IncidentFixture fx, MutableClock clock) {
        VersionedId d1 = fx.detection("ET SCAN 1", START.minusSeconds(120));
        VersionedId d2 = fx.detection("ET SCAN 2", START.minusSeconds(60));
        long id = k.triage().classify(LEAD, List.of(d1, d2), RecordKind.INCIDENT).get(0);
        clock.advance(Duration.ofMinutes(2));
        long v = version(k, id);
        v = k.triage().assign(LEAD, new VersionedId(id, v), "lead1");
        v = k.triage().writeInitialAnalysis(LEAD, new VersionedId(id, v), "Бастапқы талдау: сканирование портов.");
        clock.advance(Duration.ofMinutes(3));
        var notice = k.notices().create(LEAD, id, NoticeKind.SB, NoticeLanguage.KK,
                new Signer("Әлібек Нұрлан", "Ауысым басшысы"));
        k.notices().recordManualDelivery(LEAD, notice.noticeId(), DeliveryChannel.BY_HAND, "қолма-қол №7",
                clock.instant());
        clock.advance(Duration.ofMinutes(5));
        v = version(k, id);
        v = k.response().addRecommendation(LEAD, new VersionedId(id, v), "Хостты оқшаулау.\nПарольдерді ауыстыру.");
        v = k.response().addContainmentMeasure(LEAD, new VersionedId(id, v), fx.sensorId, "IP бұғатталды");
        v = k.response().decideDispatch(LEAD, new VersionedId(id, v), DispatchDecider.STS, "Сейітов А.",
                clock.instant(), "объектке шығу");
        clock.advance(Duration.ofHours(2));
        k.response().recordStateBodyReport(LEAD, new VersionedId(id, v), clock.instant().minusSeconds(60),
                "Талдау нәтижелері", "Шаралар қабылданды", true);
        k.tx().run(em -> {
            StateBody mf = em.find(StateBody.class, fx.bodyId);
            AnnexSubmission s = new AnnexSubmission(mf, "2026-Q1", START.minus(Duration.ofDays(40)), "annex.xlsx",
                    "0".repeat(64), 2, "registry1");
            em.persist(s);
            em.persist(new AnnexRow(s, 1, new AnnexLine(1, Contour.INTERNAL, "Қаржы министрлігі", "Бухгалтерия",
                    "301", "Әбілқасымов Ерлан", "MF-WS-0001", "10.20.1.1", "Windows 10")));
            em.persist(new AnnexRow(s, 2, new AnnexLine(2, Contour.INTERNAL, "Қаржы министрлігі", "IT",
                    "302", "Other", "MF-WS-0002", "10.20.1.2", "Windows 11")));
        });
        return id;
    }

    public static long version(Kuzet k, long id) {
        return k.tx().read(em -> em.find(IncidentRecord.class, id).getVersion());
    }
}
