package kz.kuzet.demo;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import kz.kuzet.registry.AnnexService;
import kz.kuzet.registry.Contour;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.Quarter;
import kz.kuzet.registry.StateBody;
import kz.kuzet.registry.annex.AnnexSubmission;

/**
 * The demo world's quarterly annexes (R-12.c): most state bodies gave last quarter's and this quarter's annex, a
 * few did not, so the quarterly clock and the summary's "did not submit" list have something real to show. This
 * quarter's annex lists the body's objects as the registry holds them; last quarter's lacks the newest few, has an
 * object since taken out and an operating system since upgraded, so the comparison shows every kind of change.
 * Which bodies are missing depends only on the seed; the rows are written in one JDBC batch per annex.
 */
final class DemoAnnexes {

    /** Bodies (by their place in a seeded shuffle) without this quarter's annex; the first also lacks the last. */
    private static final int MISSING_CURRENT = 4;
    private static final String INSERT_ROW = "insert into annex_row (submission_id, row_no, contour, body_name,"
            + " department, location, responsible_person, host_name, ip_address, operating_system)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Which annexes one body gave. */
    record Plan(boolean previous, boolean current) {
    }

    private final List<Plan> plans;
    private final Quarter current;
    private final Instant now;
    private final String actor;

    DemoAnnexes(long seed, int bodies, Instant now, String actor) {
        this.now = now;
        this.actor = actor;
        this.current = Quarter.of(now, AnnexService.ZONE);
        List<Integer> order = new ArrayList<>(IntStream.range(0, bodies).boxed().toList());
        Collections.shuffle(order, new Random(seed * 31 + 7));
        List<Plan> p = new ArrayList<>(Collections.nCopies(bodies, new Plan(true, true)));
        for (int i = 0; i < Math.min(MISSING_CURRENT, bodies); i++) {
            p.set(order.get(i), new Plan(i != 0, false));
        }
        if (bodies > MISSING_CURRENT) {
            p.set(order.get(MISSING_CURRENT), new Plan(false, true));
        }
        this.plans = p;
    }

    /** Writes the body's annexes; returns how many. Objects out of scope are never in an annex. */
    int write(EntityManager em, StateBody body, int index, List<MonitoredObject> objects, Random random) {
        Plan plan = plans.get(index);
        List<Line> lines = objects.stream().filter(MonitoredObject::isInScope).map(Line::of)
                .sorted(Comparator.comparing(Line::contour)).toList();
        if (lines.isEmpty()) {
            return 0;
        }
        int written = 0;
        if (plan.previous()) {
            Quarter q = current.previous();
            Instant received = at(q.firstDay().plusDays(5 + random.nextInt(40)), random);
            written += submit(em, body, q, received, previousLines(body, lines, random));
        }
        if (plan.current()) {
            long days = ChronoUnit.DAYS.between(current.firstDay(), now.atZone(AnnexService.ZONE).toLocalDate());
            Instant received = at(current.firstDay().plusDays(days <= 1 ? 0 : random.nextInt((int) Math.min(days, 45))),
                    random);
            Instant start = current.firstDay().atStartOfDay(AnnexService.ZONE).toInstant();
            received = received.isAfter(now) ? now : received.isBefore(start) ? start : received;
            written += submit(em, body, current, received, lines);
        }
        return written;
    }

    /** Last quarter: without the newest objects, with one since removed and one older operating system. */
    private static List<Line> previousLines(StateBody body, List<Line> now, Random random) {
        List<Line> before = new ArrayList<>(now.subList(0, Math.max(1, now.size() - 1 - random.nextInt(3))));
        Line first = before.get(0);
        String[] ip = first.ip().split("\\.");
        before.add(new Line(first.contour(), first.department(), "1 қабат, 101 каб.", first.person(),
                body.getCode() + "-WS-OLD1", ip[0] + "." + ip[1] + ".200.1", "Windows 7 SP1"));
        for (int i = 0; i < before.size(); i++) {
            Line l = before.get(i);
            if (l.os() != null && l.os().startsWith("Windows 1")) {
                before.set(i, new Line(l.contour(), l.department(), l.location(), l.person(), l.host(), l.ip(),
                        "Windows 8.1 Pro"));
                break;
            }
        }
        return before.stream().sorted(Comparator.comparing(Line::contour)).toList();
    }

    private int submit(EntityManager em, StateBody body, Quarter q, Instant received, List<Line> lines) {
        AnnexSubmission s = new AnnexSubmission(body, q.toString(), received.truncatedTo(ChronoUnit.MICROS),
                body.getCode() + "-" + q + ".xlsx", DemoWorld.sha256(body.getCode() + q + lines), lines.size(), actor);
        em.persist(s);
        em.flush();
        long id = s.getId();
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_ROW)) {
                int row = 8;
                for (Line l : lines) {
                    insert.setLong(1, id);
                    insert.setInt(2, row++);
                    insert.setString(3, l.contour().name());
                    insert.setString(4, body.getNameKk());
                    insert.setString(5, l.department());
                    insert.setString(6, l.location());
                    insert.setString(7, l.person());
                    insert.setString(8, l.host());
                    insert.setString(9, l.ip());
                    insert.setString(10, l.os());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return 1;
    }

    private static Instant at(LocalDate day, Random random) {
        return day.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60))).atZone(AnnexService.ZONE)
                .toInstant();
    }

    private record Line(Contour contour, String department, String location, String person, String host, String ip,
            String os) {
        static Line of(MonitoredObject o) {
            return new Line(o.getContour(), o.getDepartment(), o.getLocation(), o.getResponsiblePerson(),
                    o.getHostName(), o.getIpAddress(), o.getOperatingSystem());
        }
    }
}
