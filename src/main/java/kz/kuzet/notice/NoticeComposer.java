package kz.kuzet.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.clock.RegulationClocks;

/**
 * What each of the four notices says, section by section, in one language. The wording comes from the bundles;
 * the facts from the record. Sections are rows of the {@code notice} template.
 */
final class NoticeComposer {

    /** One numbered section of a letter; {@code objects} puts the affected-objects table under it. */
    record Section(String heading, String body, boolean objects) {
        Map<String, ?> row() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("heading", heading);
            m.put("body", body);
            m.put("objects", objects);
            return m;
        }
    }

    private final NoticeFacts f;
    private final NoticeTexts t;
    private final Instant issuedAt;

    NoticeComposer(NoticeFacts facts, NoticeTexts texts, Instant issuedAt) {
        this.f = facts;
        this.t = texts;
        this.issuedAt = issuedAt;
    }

    String title(NoticeKind kind) {
        return kind == NoticeKind.ESCALATION ? t.get("title.ESCALATION")
                : t.get("title." + kind.name(), t.get("about." + f.kind().name()));
    }

    String basis(NoticeKind kind) {
        return t.get("basis." + kind.name());
    }

    String recipient(NoticeKind kind) {
        return switch (kind) {
            case SB, RECOMMENDATION -> join("\n", f.body().name(t.language()), f.body().contactPosition(),
                    f.body().contactName());
            case KNB -> t.get("to.KNB");
            case ESCALATION -> t.get("to.ESCALATION");
        };
    }

    List<Section> sections(NoticeKind kind) {
        List<Section> s = new ArrayList<>();
        s.add(new Section(t.get("h.record"), t.get("record.text", String.valueOf(f.recordId()),
                t.get("kind." + f.kind().name())), false));
        s.add(new Section(t.get("h.detected"), t.time(f.detectedAt()), false));
        s.add(new Section(t.get("h.body"), f.body().name(t.language()) + " (" + f.body().code() + ")", false));
        s.add(new Section(t.get("h.objects"), f.objects().isEmpty() ? t.get("objects.none") : null,
                !f.objects().isEmpty()));
        s.add(new Section(t.get("h.nature"), t.get("nature.text", t.get("category." + f.category().name()),
                f.title()), false));
        s.add(new Section(t.get("h.severity"), t.get("severity." + f.severity().name()), false));
        switch (kind) {
            case SB -> {
                s.add(analysis());
                s.add(new Section(t.get("h.recommendations"), recommendations(), false));
                s.add(new Section(t.get("h.duty"), t.get("duty.text", t.time(sbReportDue())), false));
            }
            case KNB -> {
                s.add(analysis());
                s.add(new Section(t.get("h.recommendations"), recommendations(), false));
                s.add(new Section(t.get("h.done"), doneSinceDetection(), false));
            }
            case RECOMMENDATION -> s.add(new Section(t.get("h.allRecommendations"), recommendations(), false));
            case ESCALATION -> {
                s.add(new Section(t.get("h.sent"), sentNotices(), false));
                s.add(new Section(t.get("h.reported"), reported(), false));
                s.add(new Section(t.get("h.open"), stillOpen(), false));
            }
        }
        return s;
    }

    /** R-12.e: 48 hours from the state body having the notice; a notice not yet sent counts from its issue. */
    Instant sbReportDue() {
        Instant received = f.clocks().sbNoticeReceivedOrSent();
        return (received != null ? received : issuedAt).plus(RegulationClocks.SB_REPORT_WITHIN);
    }

    private Section analysis() {
        String a = f.initialAnalysis();
        return new Section(t.get("h.analysis"), a == null || a.isBlank() ? t.get("analysis.none") : a, false);
    }

    private String recommendations() {
        if (f.recommendations().isEmpty()) {
            return t.get("recommendations.none");
        }
        List<String> lines = new ArrayList<>();
        for (NoticeFacts.Dated r : f.recommendations()) {
            lines.add("— " + r.text());
        }
        return String.join("\n", lines);
    }

    private String doneSinceDetection() {
        List<String> lines = new ArrayList<>();
        Instant sbSent = f.clocks().sbNoticeSent();
        String sbNumber = f.notices().stream().filter(n -> n.kind() == NoticeKind.SB).findFirst()
                .map(n -> "№ " + n.registrationNumber() + ", ").orElse("");
        lines.add(sbSent == null ? t.get("done.sbNoticeMissing") : t.get("done.sbNotice", sbNumber + t.shortTime(sbSent)));
        f.recommendations().forEach(r -> lines.add(t.get("done.recommendation", t.shortTime(r.at()), r.text())));
        f.measures().forEach(m -> lines.add(t.get("done.measure", t.shortTime(m.at()), m.text())));
        f.dispatches().forEach(d -> lines.add(t.get("done.dispatch", t.shortTime(d.at()), d.text())));
        f.reports().forEach(r -> lines.add(t.get("done.report", t.shortTime(r.receivedAt()),
                join(" ", r.analysis(), r.measures()))));
        if (f.measures().isEmpty() && f.dispatches().isEmpty() && f.reports().isEmpty()) {
            lines.add(t.get("done.nothing"));
        }
        return "— " + String.join("\n— ", lines);
    }

    private String sentNotices() {
        if (f.notices().isEmpty()) {
            return t.get("sent.none");
        }
        List<String> lines = new ArrayList<>();
        for (NoticeFacts.SentNotice n : f.notices()) {
            lines.add("— " + t.get("sent.line", t.get("noticeKind." + n.kind().name()), n.registrationNumber(),
                    t.shortTime(n.sentAt()), n.channel() == null ? "—" : t.get("channel." + n.channel().name()),
                    n.recipient()));
        }
        return String.join("\n", lines);
    }

    private String reported() {
        if (f.reports().isEmpty()) {
            return t.get("reported.none");
        }
        List<String> lines = new ArrayList<>();
        for (NoticeFacts.BodyReport r : f.reports()) {
            lines.add("— " + t.get("reported.line", t.shortTime(r.receivedAt()), clause(r.analysis()),
                    clause(r.measures()), t.yesNo(r.causesEliminated())));
        }
        return String.join("\n", lines);
    }

    private String stillOpen() {
        Instant due = f.detectedAt().plus(RegulationClocks.ESCALATION_AFTER);
        String text = t.get("open.text", t.shortTime(due), t.shortTime(issuedAt));
        if (f.clocks().sbReport() == null && f.clocks().sbNoticeReceivedOrSent() != null) {
            text += "\n" + t.get("open.sbReport", t.shortTime(sbReportDue()));
        }
        return text;
    }

    List<Map<String, ?>> objectRows() {
        List<Map<String, ?>> rows = new ArrayList<>();
        int no = 1;
        for (NoticeFacts.AffectedObject o : f.objects()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("no", no++);
            m.put("department", o.department());
            m.put("location", o.location());
            m.put("host", o.host());
            m.put("ip", o.ip());
            rows.add(m);
        }
        return rows;
    }

    Map<String, String> objectHeaders() {
        return Map.of("department", t.get("col.department"), "location", t.get("col.location"),
                "host", t.get("col.host"), "ip", t.get("col.ip"));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s.strip();
    }

    /** The text as a clause the template ends with its own full stop. */
    private static String clause(String s) {
        String c = orDash(s);
        return c.endsWith(".") && !c.endsWith("..") ? c.substring(0, c.length() - 1) : c;
    }

    private static String join(String sep, String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                present.add(p.strip());
            }
        }
        return String.join(sep, present);
    }
}
