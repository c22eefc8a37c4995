package kz.kuzet.incident;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.registry.MonitoredObject;
import kz.kuzet.registry.StateBody;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.store.Transactions;

/**
 * Triage: classifies new detections into records, merges them, assigns, grades, writes the initial analysis
 * (R-10.3.f). A record's clocks run from its earliest detection and never restart, whatever is reclassified,
 * merged or reopened.
 */
public final class TriageService {

    private final RecordWork work;

    public TriageService(Transactions tx, AuditTrail audit, ChangeFeed feed, Clock clock, AccessGuard guard) {
        this.work = new RecordWork(tx, audit, feed, clock, guard);
    }

    /**
     * Classifies the selected new detections as one record per state body (false positive records are closed at
     * once). Returns the new records' ids.
     */
    public List<Long> classify(Actor actor, List<VersionedId> detections, RecordKind kind) {
        work.guard().require(actor, Permission.RECORD_CHANGE);
        requireSome(detections);
        return work.tx().call(em -> {
            Instant now = work.now();
            Map<StateBody, List<Detection>> byBody = new LinkedHashMap<>();
            for (Detection d : loadNew(em, detections)) {
                byBody.computeIfAbsent(d.getStateBody(), b -> new ArrayList<>()).add(d);
            }
            List<Long> ids = new ArrayList<>();
            for (Map.Entry<StateBody, List<Detection>> e : byBody.entrySet()) {
                work.guard().requireForBody(actor, Permission.RECORD_CHANGE, e.getKey().getId(), e.getKey().getCode(),
                        "the detections of " + e.getKey().getCode());
                ids.add(createRecord(em, actor, kind, e.getKey(), e.getValue(), now).getId());
            }
            return ids;
        });
    }

    /**
     * Classifies the selected groups of the new-detections queue, as seen: refused when some of a group's
     * detections were triaged by someone else meanwhile (newer arrivals stay in the queue).
     */
    public List<Long> classifyGroups(Actor actor, List<DetectionGroup.GroupRef> groups, RecordKind kind) {
        return classify(actor, membersSeen(groups), kind);
    }

    /** Merges the selected groups of the new-detections queue, as seen, into an existing record. */
    public long mergeGroupsInto(Actor actor, VersionedId record, List<DetectionGroup.GroupRef> groups) {
        return mergeInto(actor, record, membersSeen(groups));
    }

    private List<VersionedId> membersSeen(List<DetectionGroup.GroupRef> groups) {
        if (groups == null || groups.isEmpty()) {
            throw new IllegalArgumentException("No detection is selected: select one or more, then classify.");
        }
        return work.tx().read(em -> {
            List<VersionedId> refs = new ArrayList<>();
            for (DetectionGroup.GroupRef g : groups) {
                List<Detection> members = QueueQueries.membersOf(em, g);
                if (members.size() != g.count()) {
                    throw new ConcurrentChangeException("Another analyst triaged " + (g.count() - members.size())
                            + " of the " + g.count() + " detections of this group first. Reload the queue; nothing "
                            + "was changed.", null);
                }
                members.forEach(d -> refs.add(new VersionedId(d.getId(), d.getVersion())));
            }
            return refs;
        });
    }

    /** Merges the selected new detections into an existing record; the earliest detection keeps the clock. */
    public long mergeInto(Actor actor, VersionedId record, List<VersionedId> detections) {
        requireSome(detections);
        return work.change(actor, Permission.RECORD_CHANGE, "record.merge", record, c -> {
            List<Detection> loaded = loadNew(c.em, detections);
            for (Detection d : loaded) {
                if (!d.getStateBody().getId().equals(c.record.getStateBody().getId())) {
                    throw new IllegalArgumentException("Detection " + d.getId() + " belongs to another state body ("
                            + d.getStateBody().getCode() + ") than record " + c.record.getId() + " ("
                            + c.record.getStateBody().getCode() + "): merge only detections of one state body.");
                }
                link(c.em, actor, d, c.record);
            }
            c.detail("merged_detections", loaded.stream().map(Detection::getId).toList());
        });
    }

    /** Changes a record's kind; the clocks keep their start. */
    public long reclassify(Actor actor, VersionedId record, RecordKind kind) {
        return work.change(actor, Permission.RECORD_CHANGE, "record.reclassify", record, c -> {
            c.record.setKind(kind);
            if (kind == RecordKind.FALSE_POSITIVE && c.record.getStatus().isOpen()) {
                c.record.close(c.at);
            }
        });
    }

    public long assign(Actor actor, VersionedId record, String assignee) {
        String who = assignee == null || assignee.isBlank() ? null : assignee.strip();
        return work.change(actor, Permission.RECORD_ASSIGN, "record.assign", record, c -> {
            c.record.setAssignee(who);
            c.record.start();
        });
    }

    public long grade(Actor actor, VersionedId record, Severity severity, Category category) {
        return work.change(actor, Permission.RECORD_CHANGE, "record.grade", record, c -> {
            c.record.setSeverity(severity);
            c.record.setCategory(category);
        });
    }

    /** .f: the initial analysis of the event or incident. */
    public long writeInitialAnalysis(Actor actor, VersionedId record, String text) {
        String analysis = RecordWork.requireText(text, "The initial analysis");
        return work.change(actor, Permission.RECORD_CHANGE, "record.initial_analysis", record, c -> {
            c.record.setInitialAnalysis(analysis);
            c.record.start();
        });
    }

    /** Attributes an unattributed detection to a monitored object (and its state body); it then waits for triage. */
    public void attribute(Actor actor, VersionedId detection, long objectId) {
        work.guard().require(actor, Permission.RECORD_CHANGE);
        work.tx().run(em -> {
            Detection d = loadDetection(em, detection);
            if (d.getTriage() != TriageState.UNATTRIBUTED) {
                throw new ConcurrentChangeException("Detection " + d.getId() + " is no longer unattributed: "
                        + "another analyst attributed it. Reload to see it.", null);
            }
            MonitoredObject object = em.find(MonitoredObject.class, objectId);
            if (object == null) {
                throw new IllegalArgumentException("There is no monitored object " + objectId + " in the registry.");
            }
            if (!object.isInScope()) {
                throw new IllegalArgumentException("Object " + object.getHostName() + " is outside monitoring (R-5): "
                        + "attribute the detection to an object in scope.");
            }
            d.attribute(object.getStateBody(), object);
            em.flush();
            work.audit().change(em, actor.name(), "detection.attribute", "detection", d.getId(), null,
                    Map.of("triage", TriageState.UNATTRIBUTED.name()),
                    Map.of("triage", d.getTriage().name(), "state_body", object.getStateBody().getCode(),
                            "object_id", objectId));
            work.feed().note(em, "detection", d.getId());
        });
    }

    private IncidentRecord createRecord(EntityManager em, Actor actor, RecordKind kind, StateBody body,
            List<Detection> detections, Instant now) {
        detections.sort(Comparator.comparing(Detection::getDetectedAt));
        Detection first = detections.get(0);
        Severity severity = detections.stream().map(Detection::getSeverity).max(Comparator.naturalOrder())
                .orElse(Severity.MEDIUM);
        String title = first.getSignatureName() == null ? "Detection " + first.getId() : first.getSignatureName();
        if (detections.size() > 1) {
            title = title + " (+" + (detections.size() - 1) + ")";
        }
        IncidentRecord record = new IncidentRecord(kind, body, truncate(title, 500), severity,
                categoryOf(first.getCategory()), first.getDetectedAt(), now);
        record.setAssignee(actor.name());
        em.persist(record);
        for (Detection d : detections) {
            link(em, actor, d, record);
        }
        em.flush();
        work.audit().change(em, actor.name(), "record.create", "incident_record", record.getId(), record.getId(), null,
                RecordWork.snapshot(record));
        work.feed().note(em, "incident_record", record.getId());
        return record;
    }

    private void link(EntityManager em, Actor actor, Detection d, IncidentRecord record) {
        record.includeDetectedAt(d.getDetectedAt());
        if (d.getObject() != null) {
            record.getObjects().add(d.getObject());
        }
        d.linkTo(record);
        em.flush();
        work.audit().change(em, actor.name(), "detection.triage", "detection", d.getId(), record.getId(),
                Map.of("triage", TriageState.NEW.name()),
                Map.of("triage", d.getTriage().name(), "record_id", record.getId(), "kind", record.getKind().id()));
        work.feed().note(em, "detection", d.getId());
    }

    private static List<Detection> loadNew(EntityManager em, List<VersionedId> seen) {
        List<Detection> loaded = new ArrayList<>();
        for (VersionedId v : seen) {
            Detection d = loadDetection(em, v);
            if (d.getTriage() != TriageState.NEW) {
                throw new ConcurrentChangeException("Detection " + d.getId() + " was already triaged by another "
                        + "analyst (record " + (d.getRecord() == null ? "-" : d.getRecord().getId())
                        + "). Reload the queue; nothing was changed.", null);
            }
            loaded.add(d);
        }
        return loaded;
    }

    private static Detection loadDetection(EntityManager em, VersionedId seen) {
        Detection d = em.find(Detection.class, seen.id());
        if (d == null) {
            throw new IllegalArgumentException("There is no detection " + seen.id() + ".");
        }
        if (d.getVersion() != seen.version()) {
            throw new ConcurrentChangeException("Detection " + d.getId() + " was changed by another analyst after "
                    + "you saw it. Reload the queue; nothing was changed.", null);
        }
        return d;
    }

    static Category categoryOf(String name) {
        if (name == null) {
            return Category.OTHER;
        }
        try {
            return Category.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Category.OTHER;
        }
    }

    private static void requireSome(List<VersionedId> detections) {
        if (detections == null || detections.isEmpty()) {
            throw new IllegalArgumentException("No detection is selected: select one or more, then classify.");
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
