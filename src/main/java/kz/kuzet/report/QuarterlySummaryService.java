package kz.kuzet.report;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.kuzet.clock.ClockBoard;
import kz.kuzet.clock.ClockFacts;
import kz.kuzet.clock.ClockName;
import kz.kuzet.clock.ClockState;
import kz.kuzet.clock.ClockStatus;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.clock.RegulationClocks;
import kz.kuzet.incident.Category;
import kz.kuzet.incident.RecordStatus;
import kz.kuzet.incident.Severity;
import kz.kuzet.store.Transactions;

/** Computes the quarterly summaries from the records, in one read-only transaction. */
public final class QuarterlySummaryService {

    private final Transactions tx;
    private final Clock clock;
    private final AnnexSubmissions annex;

    public QuarterlySummaryService(Transactions tx, Clock clock, AnnexSubmissions annex) {
        this.tx = tx;
        this.clock = clock;
        this.annex = annex;
    }

    public QuarterlySummary compute(Quarter quarter, SummaryKind kind) {
        Instant asOf = clock.instant();
        Optional<Set<String>> submitted = annex.submittedBodyCodes(quarter);
        return tx.read(em -> compute(em, quarter, kind, asOf, submitted));
    }

    private QuarterlySummary compute(EntityManager em, Quarter q, SummaryKind kind, Instant asOf,
            Optional<Set<String>> submitted) {
        long detections = em.createQuery("select count(d) from Detection d where d.detectedAt >= :from"
                + " and d.detectedAt < :to", Long.class).setParameter("from", q.start()).setParameter("to", q.end())
                .getSingleResult();
        List<Object[]> rows = em.createQuery("select r.id, r.kind, r.status, r.severity, r.category, b.code,"
                        + " r.title, r.detectedAt, r.sbNoticeSentAt, r.sbNoticeReceivedAt, r.knbNoticeSentAt,"
                        + " r.sbReportAt, r.eliminatedAt, r.escalationNoticeAt from IncidentRecord r join r.stateBody b"
                        + " where r.detectedAt >= :from and r.detectedAt < :to order by r.detectedAt, r.id",
                        Object[].class)
                .setParameter("from", q.start()).setParameter("to", q.end()).getResultList();
        Map<Long, List<QuarterlySummary.Measure>> measures = measures(em, q);

        Map<String, int[]> perBody = new HashMap<>();
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<ClockName, int[]> clockCounts = new EnumMap<>(ClockName.class);
        Map<ClockName, List<Duration>> toSatisfy = new EnumMap<>(ClockName.class);
        List<QuarterlySummary.IncidentLine> incidents = new ArrayList<>();
        List<QuarterlySummary.IncidentLine> eventMeasures = new ArrayList<>();
        long events = 0;
        long incidentCount = 0;
        long falsePositives = 0;
        for (Object[] r : rows) {
            RecordKind recordKind = (RecordKind) r[1];
            if (recordKind == RecordKind.FALSE_POSITIVE) {
                falsePositives++;
                continue;
            }
            if (recordKind == RecordKind.EVENT) {
                events++;
            } else {
                incidentCount++;
            }
            String code = (String) r[5];
            int[] body = perBody.computeIfAbsent(code, c -> new int[4]);
            body[recordKind == RecordKind.EVENT ? 0 : 1]++;
            if (kind == SummaryKind.KNB_AUTH && recordKind != RecordKind.INCIDENT) {
                continue;
            }
            Severity severity = (Severity) r[3];
            Category category = (Category) r[4];
            byCategory.merge(category, 1L, Long::sum);
            bySeverity.merge(severity, 1L, Long::sum);
            ClockFacts facts = new ClockFacts(recordKind, (Instant) r[7], (Instant) r[8], (Instant) r[9],
                    (Instant) r[10], (Instant) r[11], (Instant) r[12], (Instant) r[13]);
            ClockBoard board = RegulationClocks.evaluate(facts, asOf);
            for (ClockStatus c : board.clocks()) {
                int column = column(c.state());
                if (column >= 0) {
                    clockCounts.computeIfAbsent(c.name(), n -> new int[4])[column]++;
                }
            }
            ClockStatus sb = board.get(ClockName.SB_NOTICE);
            if (sb.state() != ClockState.NOT_APPLICABLE && sb.state() != ClockState.PENDING) {
                body[3]++;
                if (sb.state() == ClockState.MET) {
                    body[2]++;
                }
            }
            addDelay(toSatisfy, ClockName.SB_NOTICE, facts.detected(), facts.sbNoticeSent(), asOf);
            addDelay(toSatisfy, ClockName.KNB_NOTICE, facts.detected(), facts.knbNoticeSent(), asOf);
            addDelay(toSatisfy, ClockName.SB_REPORT, facts.sbNoticeReceivedOrSent(), facts.sbReport(), asOf);
            addDelay(toSatisfy, ClockName.ESCALATION, facts.detected(), facts.escalationNotice(), asOf);
            long id = (Long) r[0];
            List<QuarterlySummary.Measure> taken = measures.getOrDefault(id, List.of());
            QuarterlySummary.IncidentLine line = new QuarterlySummary.IncidentLine(id, code, (Instant) r[7],
                    category, severity, (RecordStatus) r[2], (String) r[6], taken);
            if (recordKind == RecordKind.INCIDENT) {
                incidents.add(line);
            } else if (!taken.isEmpty()) {
                // STS→KNB also covers the measures taken for CS events (KNB→authorized body skips events)
                eventMeasures.add(line);
            }
        }
        List<QuarterlySummary.ClockLine> clocks = new ArrayList<>();
        for (ClockName name : ClockName.values()) {
            int[] c = clockCounts.getOrDefault(name, new int[4]);
            clocks.add(new QuarterlySummary.ClockLine(name, c[0], c[1], c[2], c[3],
                    median(toSatisfy.getOrDefault(name, List.of()))));
        }
        List<QuarterlySummary.BodyLine> bodies = new ArrayList<>();
        List<QuarterlySummary.BodyRef> missing = new ArrayList<>();
        List<Object[]> allBodies = em.createQuery("select b.code, b.nameKk, b.nameRu from StateBody b order by b.code",
                Object[].class).getResultList();
        for (Object[] b : allBodies) {
            String code = (String) b[0];
            int[] c = perBody.getOrDefault(code, new int[4]);
            Boolean annexGiven = submitted.map(s -> s.contains(code)).orElse(null);
            bodies.add(new QuarterlySummary.BodyLine(code, (String) b[1], (String) b[2], c[0], c[1], c[2], c[3],
                    annexGiven));
            if (Boolean.FALSE.equals(annexGiven)) {
                missing.add(new QuarterlySummary.BodyRef(code, (String) b[1], (String) b[2]));
            }
        }
        return new QuarterlySummary(q, kind, asOf, detections, events, incidentCount, falsePositives, byCategory,
                bySeverity, clocks, bodies, incidents, eventMeasures,
                submitted.isPresent() ? Optional.of(missing) : Optional.empty());
    }

    /** Containment measures and the state bodies' reported measures of the quarter's records (events too), by record. */
    private static Map<Long, List<QuarterlySummary.Measure>> measures(EntityManager em, Quarter q) {
        Map<Long, List<QuarterlySummary.Measure>> byRecord = new LinkedHashMap<>();
        em.createQuery("select m.record.id, m.takenAt, m.description from ContainmentMeasure m"
                        + " where m.record.detectedAt >= :from and m.record.detectedAt < :to order by m.takenAt, m.id",
                        Object[].class).setParameter("from", q.start()).setParameter("to", q.end())
                .getResultStream()
                .forEach(m -> byRecord.computeIfAbsent((Long) m[0], k -> new ArrayList<>()).add(new QuarterlySummary.Measure(false, (String) m[2])));
        em.createQuery("select s.record.id, s.receivedAt, s.measures from StateBodyReport s"
                        + " where s.record.detectedAt >= :from and s.record.detectedAt < :to"
                        + " and s.measures is not null order by s.receivedAt, s.id", Object[].class)
                .setParameter("from", q.start()).setParameter("to", q.end()).getResultStream()
                .forEach(m -> byRecord.computeIfAbsent((Long) m[0], k -> new ArrayList<>()).add(new QuarterlySummary.Measure(true, (String) m[2])));
        return byRecord;
    }

    /** met, late, missed, running; -1 for pending or not applicable. */
    private static int column(ClockState state) {
        return switch (state) {
            case MET -> 0;
            case LATE, ESCALATED -> 1;
            case OVERDUE -> 2;
            case RUNNING -> 3;
            case PENDING, NOT_APPLICABLE -> -1;
        };
    }

    private static void addDelay(Map<ClockName, List<Duration>> delays, ClockName name, Instant from, Instant done,
            Instant asOf) {
        if (from != null && done != null && !done.isAfter(asOf) && !done.isBefore(from)) {
            delays.computeIfAbsent(name, n -> new ArrayList<>()).add(Duration.between(from, done));
        }
    }

    static Duration median(List<Duration> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }
}
