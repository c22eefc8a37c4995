package kz.kuzet.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.Detection;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.incident.Recommendation;
import kz.kuzet.incident.Severity;
import kz.kuzet.incident.StateBodyReport;
import kz.kuzet.notice.DeliveryChannel;
import kz.kuzet.notice.Notice;
import kz.kuzet.notice.NoticeKind;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.ContourRange;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.ScopeExclusion;
import kz.kuzet.registry.Sensor;
import kz.kuzet.registry.SensorKind;
import kz.kuzet.registry.SensorState;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.WorkType;
import kz.kuzet.demo.DemoVocabulary.Signature;

/**
 * A realistic, deterministic demo world: real state bodies, their objects over both contours, sensors, and some
 * weeks of detections across the ingest formats, part of them triaged into records with notices, timed relative
 * to the injected clock so that every clock state is on screen. The same seed and clock give the same world.
 */
public final class DemoWorld {

    public static final long DEFAULT_SEED = 229;
    public static final String DEMO_SETTING = "demo_seed";
    private static final String ACTOR = "demo-loader";

    /** How big a world to make. */
    public enum Size {
        /** For tests: every body, few objects and detections. */
        SMALL(8, 14, 4),
        /** What the console shows on first start. */
        STANDARD(150, 260, 21);

        final int objectsPerBody;
        final int detectionsPerBody;
        final int days;

        Size(int objectsPerBody, int detectionsPerBody, int days) {
            this.objectsPerBody = objectsPerBody;
            this.detectionsPerBody = detectionsPerBody;
            this.days = days;
        }
    }

    /** What the load made. */
    public record Summary(int bodies, int objects, int sensors, int detections, int records, int notices,
            int annexes, int workOrders, int activities) {
    }

    private final Kuzet kuzet;
    private final long seed;
    private final Size size;
    private final Random random;
    private final Instant now;
    private int noticeSeq;
    private final DemoAnnexes annexes;
    private final DemoSupportWork supportWork;

    public DemoWorld(Kuzet kuzet, long seed, Size size) {
        this.kuzet = kuzet;
        this.seed = seed;
        this.size = size;
        this.random = new Random(seed);
        this.now = kuzet.clock().instant().truncatedTo(ChronoUnit.MINUTES);
        this.annexes = new DemoAnnexes(seed, DemoBodies.ALL.size(), now, ACTOR);
        this.supportWork = new DemoSupportWork(now.atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate());
    }

    public static boolean isEmpty(Kuzet kuzet) {
        return kuzet.tx().read(em -> em.createQuery("select count(b) from StateBody b", Long.class)
                .getSingleResult()) == 0;
    }

    /** Whether the database holds demo data, and from which seed. */
    public static java.util.Optional<Long> demoSeed(Kuzet kuzet) {
        return kuzet.tx().read(em -> em.createNativeQuery("select setting_value from app_setting where setting_name = ?1")
                .setParameter(1, DEMO_SETTING).getResultStream().findFirst().map(v -> Long.parseLong((String) v)));
    }

    public Summary load() {
        if (!isEmpty(kuzet)) {
            throw new IllegalStateException("The database already holds state bodies; demo data goes only into an "
                    + "empty database. Use a new database file (--db) for the demo.");
        }
        int[] counts = new int[9];
        kuzet.tx().run(em -> {
            int index = 0;
            for (DemoBodies.Body b : DemoBodies.ALL) {
                loadBody(em, b, index++, counts);
                em.flush();
                em.clear();
            }
            em.createNativeQuery("insert into app_setting (setting_name, setting_value) values (?1, ?2)")
                    .setParameter(1, DEMO_SETTING).setParameter(2, Long.toString(seed)).executeUpdate();
            kz.kuzet.security.DemoUsers.create(em, kuzet.users(), kz.kuzet.security.Actor.system(ACTOR));
            Summary s = summary(counts);
            kuzet.audit().event(em, ACTOR, "demo.load", Map.of("seed", seed, "size", size.name(),
                    "bodies", s.bodies(), "objects", s.objects(), "detections", s.detections(),
                    "records", s.records(), "annexes", s.annexes(), "work_orders", s.workOrders(),
                    "activities", s.activities()));
        });
        return summary(counts);
    }

    private static Summary summary(int[] c) {
        return new Summary(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8]);
    }

    private void loadBody(EntityManager em, DemoBodies.Body b, int index, int[] counts) {
        StateBody body = new StateBody(b.code(), b.nameKk(), b.nameRu(), b.kind());
        String person = person();
        DemoTexts texts = DemoTexts.forBody(b.code());
        body.setNoticeContact(person, texts.contactPosition(),
                "soc@" + b.domain().replace("gov.kz/", "") + (b.domain().contains("/") ? ".gov.kz" : ""));
        EnumSet<WorkType> work = EnumSet.of(WorkType.OBSERVATION);
        // the demo coordinator's body always has support work, so their work orders tab is never empty
        if (random.nextInt(3) > 0 || b.code().equals(kz.kuzet.security.DemoUsers.COORDINATOR_BODY)) {
            work.add(WorkType.SUPPORT);
        }
        if (random.nextInt(2) == 0) {
            work.add(WorkType.INSTALLATION);
        }
        body.setContract(work, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                "ҰҚК–МТҚ № 17-" + (100 + index) + "/2026");
        em.persist(body);
        em.flush();
        kz.kuzet.registry.NoticeContactLanguage.write(em, body.getId(), texts.language(), now);
        counts[0]++;

        String internalPrefix = "10." + (20 + index) + ".";
        String externalPrefix = "100." + (64 + index) + ".";
        em.persist(new ContourRange(body, Contour.INTERNAL, internalPrefix + "0.0/16"));
        em.persist(new ContourRange(body, Contour.EXTERNAL, externalPrefix + "0.0/16"));

        List<MonitoredObject> objects = new ArrayList<>();
        int objectCount = size.objectsPerBody / 2 + random.nextInt(size.objectsPerBody);
        for (int i = 0; i < objectCount; i++) {
            MonitoredObject o = object(body, b.code(), i, internalPrefix, externalPrefix);
            em.persist(o);
            objects.add(o);
        }
        counts[1] += objects.size();
        // its own random numbers, so the annexes leave the rest of the world as it was
        counts[6] += annexes.write(em, body, index, objects, new Random(seed * 1_000_003L + index));

        List<Sensor> sensors = new ArrayList<>();
        SensorKind[] kinds = SensorKind.values();
        int sensorCount = 3 + random.nextInt(4);
        for (int i = 0; i < sensorCount; i++) {
            SensorKind kind = kinds[(index + i) % kinds.length];
            Contour contour = i % 2 == 0 ? Contour.INTERNAL : Contour.EXTERNAL;
            Sensor s = new Sensor(body, contour, kind, vendor(kind), product(kind), "7." + random.nextInt(4),
                    (contour == Contour.INTERNAL ? internalPrefix : externalPrefix) + "250." + (10 + i),
                    random.nextInt(4) > 0, i == sensorCount - 1 && random.nextBoolean()
                            ? SensorState.DEPLOYED : SensorState.IN_SERVICE);
            s.setProtectionMode(kind == SensorKind.IDS_IPS || kind == SensorKind.NGFW ? "prevention" : "detection");
            s.setLastSeenAt(now.minus(Duration.ofMinutes(random.nextInt(i == 0 ? 240 : 40))));
            em.persist(s);
            sensors.add(s);
        }
        counts[2] += sensors.size();
        // like the annexes, its own random numbers
        int[] made = supportWork.write(em, body, sensors, new Random(seed * 7_000_003L + index));
        counts[7] += made[0];
        counts[8] += made[1];

        List<Detection> detections = new ArrayList<>();
        int detectionCount = size.detectionsPerBody / 2 + random.nextInt(size.detectionsPerBody);
        for (int i = 0; i < detectionCount; i++) {
            Detection d = detection(body, objects, sensors, i == 0 ? 0 : i < 4 ? 1 + random.nextInt(60) : -1);
            em.persist(d);
            detections.add(d);
        }
        counts[3] += detections.size();
        triage(em, body, detections, counts);
    }

    private MonitoredObject object(StateBody body, String code, int i, String internalPrefix, String externalPrefix) {
        boolean internal = random.nextInt(10) < 7;
        boolean server = random.nextInt(10) < 2;
        String host = server
                ? code.toLowerCase() + "-" + pick(DemoVocabulary.SERVER_ROLES) + "-" + String.format("%02d", i % 100)
                : code + "-WS-" + String.format("%04d", i);
        String ip = (internal ? internalPrefix : externalPrefix) + (1 + i / 250) + "." + (1 + i % 250);
        String os = server ? pick(DemoVocabulary.SERVER_OS) : pick(DemoVocabulary.WORKSTATION_OS);
        String location = DemoTexts.forBody(code).location(1 + random.nextInt(9), 100 + random.nextInt(900));
        MonitoredObject o = new MonitoredObject(body, internal ? Contour.INTERNAL : Contour.EXTERNAL,
                pick(DemoVocabulary.DEPARTMENTS), location, person(), host, ip, os);
        if (random.nextInt(400) == 0) {
            o.setScopeExclusion(ScopeExclusion.SPECIAL_NETWORK);
        }
        return o;
    }

    /** minutesAgo &lt; 0 means anywhere in the demo period. */
    private Detection detection(StateBody body, List<MonitoredObject> objects, List<Sensor> sensors,
            int minutesAgo) {
        Signature s = pick(DemoVocabulary.SIGNATURES);
        MonitoredObject target = objects.get(random.nextInt(objects.size()));
        long ago = minutesAgo >= 0 ? minutesAgo : random.nextInt(size.days * 24 * 60);
        Instant at = now.minus(Duration.ofMinutes(ago)).minusSeconds(random.nextInt(60));
        String srcIp = "185." + (100 + random.nextInt(100)) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        int srcPort = 1024 + random.nextInt(60000);
        int dstPort = List.of(22, 80, 443, 445, 3389, 25, 53).get(random.nextInt(7));
        String user = random.nextInt(3) == 0 ? "-" : "u" + (1000 + random.nextInt(9000));
        String raw = DemoRawText.of(s, at, srcIp, srcPort, target.getIpAddress(), dstPort, target.getHostName(), user);
        Detection d = new Detection(sha256(s.format() + "\n" + raw), s.format(), at,
                Severity.values()[s.severity()], raw, at.plusSeconds(2 + random.nextInt(20)));
        d.describe(s.product(), s.id(), s.name(), Integer.toString(s.severity()), s.category());
        d.setNetwork(srcIp, srcPort, target.getIpAddress(), dstPort);
        d.setActor(target.getHostName(), "-".equals(user) ? null : user, s.mitre());
        d.setSensor(sensors.get(random.nextInt(sensors.size())));
        d.attribute(body, target.isInScope() ? target : null);
        return d;
    }

    /**
     * Triages older detections into records the way a shift would: detections younger than 45 minutes stay new
     * (some of them already past the 30-minute notice); repeats of one signature on one object within an hour
     * share a record; notices, reports and closures are timed so the queues show running, met, late and overdue clocks.
     */
    private void triage(EntityManager em, StateBody body, List<Detection> detections, int[] counts) {
        detections.sort(java.util.Comparator.comparing(Detection::getDetectedAt));
        Map<String, IncidentRecord> recent = new java.util.HashMap<>();
        for (Detection d : detections) {
            long ageMinutes = Duration.between(d.getDetectedAt(), now).toMinutes();
            if (ageMinutes < 45) {
                continue;
            }
            String group = d.getSignatureId() + "@" + d.getDstIp();
            IncidentRecord open = recent.get(group);
            if (open != null && Duration.between(open.getDetectedAt(), d.getDetectedAt()).toMinutes() < 60) {
                d.linkTo(open);
                continue;
            }
            int roll = random.nextInt(100);
            RecordKind kind = d.getSeverity() == Severity.LOW || roll < 35 ? RecordKind.FALSE_POSITIVE
                    : d.getSeverity().ordinal() >= Severity.HIGH.ordinal() && roll > 60 ? RecordKind.INCIDENT
                    : RecordKind.EVENT;
            Instant triagedAt = d.getDetectedAt().plus(Duration.ofMinutes(3 + random.nextInt(15)));
            IncidentRecord r = new IncidentRecord(kind, body, d.getSignatureName(), d.getSeverity(),
                    category(d.getCategory()), d.getDetectedAt(), triagedAt);
            r.setAssignee("analyst" + (1 + random.nextInt(4)));
            if (d.getObject() != null) {
                r.getObjects().add(d.getObject());
            }
            em.persist(r);
            d.linkTo(r);
            recent.put(group, r);
            counts[4]++;
            if (kind != RecordKind.FALSE_POSITIVE) {
                r.setInitialAnalysis(DemoTexts.forBody(body.getCode()).initialAnalysis(d.getSignatureName(),
                        d.getSrcIp(), d.getHostName()));
                counts[5] += respond(em, r);
            }
        }
    }

    /** Notices, reports and closure as a diligent (mostly) shift would have done them. Returns notices made. */
    private int respond(EntityManager em, IncidentRecord r) {
        int made = 0;
        Instant detected = r.getDetectedAt();
        boolean lateSb = random.nextInt(12) == 0;
        Instant sbSent = detected.plus(Duration.ofMinutes(lateSb ? 31 + random.nextInt(40) : 8 + random.nextInt(21)));
        if (sbSent.isAfter(now)) {
            return 0;
        }
        made += notice(em, r, NoticeKind.SB, sbSent, r.getStateBody().getContactEmail());
        r.recordSbNoticeSent(sbSent);
        if (random.nextBoolean()) {
            r.recordSbNoticeReceived(sbSent.plus(Duration.ofMinutes(2 + random.nextInt(30))));
        }
        DemoTexts texts = DemoTexts.forBody(r.getStateBody().getCode());
        em.persist(new Recommendation(r, sbSent, r.getAssignee(), texts.recommendation()));
        r.start();
        Instant knbSent = detected.plus(Duration.ofMinutes(random.nextInt(10) == 0 ? 185 + random.nextInt(60)
                : 40 + random.nextInt(130)));
        if (knbSent.isAfter(now)) {
            return made;
        }
        made += notice(em, r, NoticeKind.KNB, knbSent, "ҰҚК / КНБ");
        r.recordKnbNoticeSent(knbSent);
        boolean incident = r.getKind() == RecordKind.INCIDENT;
        Instant reportAt = sbSent.plus(Duration.ofHours(random.nextInt(8) == 0 ? 30 + random.nextInt(40)
                : 4 + random.nextInt(40)));
        boolean eliminated = random.nextInt(4) > 0;
        if (!reportAt.isAfter(now)) {
            em.persist(new StateBodyReport(r, reportAt, texts.reportAnalysis(), texts.reportMeasures(), eliminated));
            r.recordSbReport(reportAt);
            if (eliminated) {
                r.recordEliminated(reportAt);
            }
        }
        Instant escalationDue = detected.plus(Duration.ofHours(48));
        boolean eliminatedInTime = eliminated && !reportAt.isAfter(now) && !reportAt.isAfter(escalationDue);
        if (incident && !eliminatedInTime && escalationDue.isBefore(now) && random.nextInt(30) > 0) {
            Instant escalated = escalationDue.plus(Duration.ofMinutes(5 + random.nextInt(50)));
            if (!escalated.isAfter(now)) {
                made += notice(em, r, NoticeKind.ESCALATION, escalated, "Уәкілетті орган, ҰҚК");
                r.recordEscalationNotice(escalated);
            }
        }
        Instant closeAt = reportAt.plus(Duration.ofHours(2));
        boolean settled = !incident || eliminated || r.getEscalationNoticeAt() != null;
        if (!reportAt.isAfter(now) && settled && closeAt.isBefore(now) && random.nextInt(60) > 0) {
            r.close(closeAt);
        }
        return made;
    }

    private int notice(EntityManager em, IncidentRecord r, NoticeKind kind, Instant sent, String recipient) {
        boolean coin = random.nextBoolean(); // drawn as before, so the rest of the world stays the same
        String language = kind == NoticeKind.SB ? DemoTexts.forBody(r.getStateBody().getCode()).language()
                : coin ? "kk" : "ru";
        Notice n = new Notice(r, kind, recipient == null ? "-" : recipient, language, sent.minusSeconds(90));
        int year = sent.atZone(java.time.ZoneId.of("Asia/Almaty")).getYear();
        noticeSeq++;
        n.register(year, noticeSeq, String.format("%d/%05d-ДЕМО", year, noticeSeq));
        n.markSent(sent, kind == NoticeKind.SB ? DeliveryChannel.EMAIL : DeliveryChannel.E_DOCUMENT,
                "DEMO-" + noticeSeq);
        em.persist(n);
        return 1;
    }

    private static Category category(String name) {
        try {
            return Category.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Category.OTHER;
        }
    }

    private String person() {
        return pick(DemoVocabulary.SURNAMES) + " " + pick(DemoVocabulary.GIVEN_NAMES);
    }

    private static String vendor(SensorKind kind) {
        return switch (kind) {
            case NGFW -> "Check Point";
            case IDS_IPS -> "OISF";
            case EDR_AV -> "Kaspersky";
            case WAF -> "Positive Technologies";
            case DLP -> "InfoWatch";
            case LOG_COLLECTOR -> "Wazuh";
        };
    }

    private static String product(SensorKind kind) {
        return switch (kind) {
            case NGFW -> "Quantum Security Gateway";
            case IDS_IPS -> "Suricata";
            case EDR_AV -> "Kaspersky Endpoint Security";
            case WAF -> "PT Application Firewall";
            case DLP -> "InfoWatch Traffic Monitor";
            case LOG_COLLECTOR -> "Wazuh manager";
        };
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
