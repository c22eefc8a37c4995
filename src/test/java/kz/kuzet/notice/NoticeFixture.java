package kz.kuzet.notice;

import java.time.Instant;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.ContainmentMeasure;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.Recommendation;
import kz.kuzet.incident.Severity;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.StateBodyKind;
import kz.kuzet.report.ReportFonts;
import kz.kuzet.security.Actor;
import kz.kuzet.security.Role;

/** A state body with two objects and one incident on them, written with every Kazakh and Russian letter. */
final class NoticeFixture {

    static final Instant DETECTED = Instant.parse("2026-07-14T04:12:30Z");
    static final String ALL_LETTERS_TITLE = "Шабуыл: " + ReportFonts.KAZAKH_AND_RUSSIAN_LETTERS;
    static final Signer SIGNER = new Signer("Әлібек Құрманғазыұлы Нұрлан", "КҰҰО кезекші ауысымының басшысы");

    static final Actor ANALYST = Actor.user("analyst1", Role.ANALYST, null, null);
    static final Actor LEAD = Actor.user("shiftlead", Role.SHIFT_LEAD, null, null);
    static final Actor ADMIN = Actor.user("admin", Role.ADMINISTRATOR, null, null);
    static final Actor AUDITOR = Actor.user("auditor", Role.AUDITOR, null, null);

    private NoticeFixture() {
    }

    /** Returns the record id. */
    static long incident(Kuzet kuzet, RecordKind kind) {
        return kuzet.tx().call(em -> {
            StateBody body = new StateBody("MTSK", "Қазақстан Республикасы Өңірлік даму министрлігі",
                    "Министерство регионального развития Республики Казахстан", StateBodyKind.MINISTRY);
            body.setNoticeContact("Сәрсенбаев Ғалым", "Ақпараттық қауіпсіздік басқармасының басшысы",
                    "soc@mtsk.gov.kz");
            em.persist(body);
            MonitoredObject a = new MonitoredObject(body, Contour.INTERNAL, "Цифрландыру департаменті",
                    "3-қабат, 312-кабинет", "Өмірзақов Ұ.", "WS-ҚҰЖАТ-17", "10.14.3.17", "Windows 10");
            MonitoredObject b = new MonitoredObject(body, Contour.EXTERNAL, "Департамент цифровизации",
                    "этаж 1, серверная 104", "Щукин Ё.", "srv-portal-01", "195.12.114.20", "Astra Linux");
            em.persist(a);
            em.persist(b);
            IncidentRecord r = new IncidentRecord(kind, body, ALL_LETTERS_TITLE, Severity.HIGH,
                    Category.UNAUTHORISED_ACCESS, DETECTED, DETECTED.plusSeconds(300));
            r.getObjects().add(a);
            r.getObjects().add(b);
            r.setInitialAnalysis("Бастапқы талдау: 10.14.3.17 хостынан құпиясөздерді іріктеу анықталды. "
                    + "Первичный анализ: подбор паролей к srv-portal-01.");
            em.persist(r);
            em.persist(new Recommendation(r, DETECTED.plusSeconds(600), "analyst1",
                    "Хостты желіден оқшаулау, тіркелгі деректерін ауыстыру."));
            em.persist(new ContainmentMeasure(r, null, DETECTED.plusSeconds(900), "analyst1",
                    "IP 10.14.3.17 желіаралық экранда бұғатталды."));
            em.flush();
            return r.getId();
        });
    }
}
