package kz.kuzet.registry;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kz.kuzet.registry.annex.AnnexComparison;
import kz.kuzet.registry.annex.AnnexError;
import kz.kuzet.registry.annex.AnnexLine;
import kz.kuzet.registry.annex.AnnexReader;
import kz.kuzet.registry.annex.AnnexRow;
import kz.kuzet.registry.annex.AnnexSubmission;
import kz.kuzet.registry.annex.AnnexValidator;
import kz.kuzet.registry.annex.ParsedAnnex;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.Transactions;

/**
 * The quarterly annex (R-12.c): read and check a state body's annex, compare it with the previous quarter, and
 * commit it, which keeps the submission and brings the body's monitored objects up to date. Nothing is written
 * until {@link #commit} is called. Reading a file needs the import permission, entering rows and committing the
 * registry change permission; a coordinator reads, enters and commits only their state body's annex.
 */
public final class AnnexService {

    /** The calendar the quarters are counted on. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    /** Said instead of a quarter when the comparison is with the registry's current objects (no earlier annex). */
    public static final String REGISTRY_BASELINE = "registry";

    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessGuard guard;

    public AnnexService(Transactions tx, AuditTrail audit, Clock clock, AccessGuard guard) {
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    /** An annex read and checked, compared with the body's previous one, not yet written. */
    public record ImportPreview(String bodyCode, Quarter quarter, String sourceName, String sha256,
            ParsedAnnex parsed, List<AnnexLine> validLines, AnnexComparison comparison, String comparedWith) {

        public int rows() { return parsed.lines().size(); }
        public int valid() { return validLines.size(); }
        public List<AnnexError> errors() { return parsed.errors(); }
        public boolean hasErrors() { return !parsed.errors().isEmpty(); }
    }

    public record CommitResult(long submissionId, int rowsStored, int objectsAdded, int objectsUpdated,
            int objectsRetired, boolean registryUpdated) {
    }

    /** A stored annex: the submission's facts and its rows. */
    public record Submission(long id, String bodyCode, Quarter quarter, Instant receivedAt, String sourceName,
            String sha256, String submittedBy, List<AnnexLine> lines) {
    }

    /** Where a quarter's annexes stand: due at the end of the quarter (Asia/Almaty). */
    public record QuarterStatus(Quarter quarter, Instant due, Set<String> submitted, List<String> missing) {
    }

    /** Reads a file as the state body sent it; writes nothing. */
    public ImportPreview preview(Actor actor, String bodyCode, String quarter, String sourceName, byte[] content) {
        Quarter q = Quarter.parse(quarter);
        requireBody(actor, Permission.DATA_IMPORT, bodyCode, "the annex of " + bodyCode);
        ParsedAnnex parsed = AnnexReader.read(sourceName, content);
        return previewOf(bodyCode, q, sourceName, sha256(content), parsed);
    }

    /** Checks rows entered or edited in the console (columns as in the official form); writes nothing. */
    public ImportPreview previewLines(Actor actor, String bodyCode, String quarter, List<AnnexLine> lines) {
        Quarter q = Quarter.parse(quarter);
        requireBody(actor, Permission.REGISTRY_CHANGE, bodyCode, "the annex of " + bodyCode);
        List<AnnexError> errors = new ArrayList<>();
        Map<kz.kuzet.registry.annex.AnnexField, String> columns = ParsedAnnex.formColumns();
        for (AnnexLine l : lines) {
            if (l.contour() == null) {
                errors.add(AnnexError.of(l.row(), null, "contour.choose"));
            }
        }
        errors.addAll(AnnexValidator.validate(lines, columns));
        ParsedAnnex parsed = new ParsedAnnex("console", List.copyOf(lines), List.copyOf(errors), columns);
        return previewOf(bodyCode, q, "console", null, parsed);
    }

    private ImportPreview previewOf(String bodyCode, Quarter q, String source, String sha, ParsedAnnex parsed) {
        parsed = withScopeErrors(bodyCode, parsed);
        Set<Integer> badRows = parsed.errors().stream().map(AnnexError::row).collect(Collectors.toSet());
        List<AnnexLine> valid = parsed.lines().stream().filter(l -> !badRows.contains(l.row())).toList();
        Baseline baseline = baseline(bodyCode, q);
        List<AnnexLine> invalid = parsed.lines().stream().filter(l -> badRows.contains(l.row())).toList();
        return new ImportPreview(bodyCode, q, source, sha, parsed, valid,
                AnnexComparison.of(baseline.lines, valid, invalid), baseline.label);
    }

    /** a row naming an object recorded as out of scope is refused, with the recorded reason. */
    private ParsedAnnex withScopeErrors(String bodyCode, ParsedAnnex parsed) {
        List<MonitoredObject> excluded = tx.read(em -> em.createQuery("select o from MonitoredObject o"
                        + " where o.stateBody.code = :c and o.scopeExclusion is not null", MonitoredObject.class)
                .setParameter("c", bodyCode).getResultList());
        if (excluded.isEmpty()) {
            return parsed;
        }
        List<AnnexError> errors = new ArrayList<>(parsed.errors());
        ScopePolicy policy = new ScopePolicy();
        for (AnnexLine line : parsed.lines()) {
            for (MonitoredObject o : excluded) {
                boolean sameHost = line.host() != null && o.getHostName() != null
                        && line.host().equalsIgnoreCase(o.getHostName());
                boolean sameIp = line.ip() != null && o.getIpAddress() != null
                        && IpAddresses.canonical(line.ip()).map(o.getIpAddress()::equals).orElse(false);
                if (sameHost || sameIp) {
                    errors.add(AnnexError.of(line.row(), parsed.columns().get(sameIp
                            ? kz.kuzet.registry.annex.AnnexField.IP : kz.kuzet.registry.annex.AnnexField.HOST),
                            "scope", policy.check(o).orElseThrow().describe()));
                    break;
                }
            }
        }
        return new ParsedAnnex(parsed.sheetName(), parsed.lines(), List.copyOf(errors), parsed.columns());
    }

    private record Baseline(String label, List<AnnexLine> lines) {
    }

    /** The body's latest annex of an earlier quarter, or else its objects in the registry now. */
    private Baseline baseline(String bodyCode, Quarter q) {
        Optional<Submission> previous = previous(bodyCode, q);
        if (previous.isPresent()) {
            return new Baseline(previous.get().quarter().toString(), previous.get().lines());
        }
        return new Baseline(REGISTRY_BASELINE, tx.read(em -> activeObjects(em, bodyCode).stream()
                .filter(MonitoredObject::isInScope).map(AnnexService::lineOf).toList()));
    }

    /**
     * Writes the annex: the submission with its valid rows, and, when it is the body's newest quarter, the body's
     * monitored objects (added, updated, retired). With errors, only when {@code skipInvalid} confirms that the
     * invalid rows are left out.
     */
    public CommitResult commit(Actor actor, ImportPreview preview, boolean skipInvalid) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        if (preview.sha256() != null) {
            guard.require(actor, Permission.DATA_IMPORT);
        }
        if (preview.hasErrors() && !skipInvalid) {
            throw new IllegalStateException("The annex has " + preview.errors().size() + " error(s) in "
                    + (preview.rows() - preview.valid()) + " row(s); nothing was written. Fix them and import again, "
                    + "or confirm importing only the " + preview.valid() + " valid row(s).");
        }
        if (preview.validLines().isEmpty()) {
            throw new IllegalStateException("The annex has no valid object rows; nothing was written.");
        }
        return tx.call(em -> {
            // Thousands of rows and audit entries in one unit: no automatic flush before each audit statement
            // (identity inserts run at persist anyway); the object changes are flushed once, at commit.
            em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
            StateBody body = em.createQuery("select b from StateBody b where b.code = :c", StateBody.class)
                    .setParameter("c", preview.bodyCode()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getSingleResult();
            guard.requireForBody(actor, Permission.REGISTRY_CHANGE, body.getId(), body.getCode(),
                    "the annex of " + body.getCode());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            AnnexSubmission s = new AnnexSubmission(body, preview.quarter().toString(), now, preview.sourceName(),
                    preview.sha256(), preview.valid(), actor.name());
            em.persist(s);
            for (AnnexLine line : preview.validLines()) {
                em.persist(new AnnexRow(s, line.row(), line));
            }
            String newest = em.createQuery("select max(s.quarter) from AnnexSubmission s where s.stateBody = :b",
                    String.class).setParameter("b", body).getSingleResult();
            int[] applied = new int[3];
            boolean update = preview.quarter().toString().compareTo(newest) >= 0;
            if (update) {
                applied = applyToRegistry(em, body, preview.quarter(), preview.validLines(),
                        invalidLines(preview), actor);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("state_body", body.getCode());
            after.put("quarter", s.getQuarter());
            after.put("source", s.getSourceName());
            after.put("sha256", s.getSourceSha256());
            after.put("rows", preview.rows());
            after.put("valid", preview.valid());
            after.put("skipped_invalid", preview.rows() - preview.valid());
            after.put("objects_added", applied[0]);
            after.put("objects_updated", applied[1]);
            after.put("objects_retired", applied[2]);
            audit.change(em, actor, "annex.commit", "annex_submission", s.getId(), null, null, after);
            return new CommitResult(s.getId(), preview.valid(), applied[0], applied[1], applied[2], update);
        });
    }

    private static List<AnnexLine> invalidLines(ImportPreview preview) {
        Set<AnnexLine> valid = new java.util.HashSet<>(preview.validLines());
        return preview.parsed().lines().stream().filter(l -> !valid.contains(l)).toList();
    }

    /** Objects named by rows left out for their errors are neither updated nor retired: the body still lists them. */
    private int[] applyToRegistry(EntityManager em, StateBody body, Quarter q, List<AnnexLine> lines,
            List<AnnexLine> leftOut, Actor actor) {
        List<MonitoredObject> objects = activeObjects(em, body.getCode()).stream()
                .filter(MonitoredObject::isInScope).toList();
        List<AnnexLine> current = objects.stream().map(AnnexService::lineOf).toList();
        Map<Integer, Integer> pairs = AnnexComparison.pair(current, lines);
        boolean[] kept = new boolean[objects.size()];
        AnnexComparison.pair(current, leftOut).values().forEach(i -> kept[i] = true);
        int added = 0;
        int updated = 0;
        int retired = 0;
        for (int i = 0; i < lines.size(); i++) {
            AnnexLine l = lines.get(i);
            Integer match = pairs.get(i);
            if (match == null) {
                MonitoredObject o = new MonitoredObject(body, l.contour(), l.department(), l.location(), l.person(),
                        l.host(), canonicalIp(l.ip()), l.os());
                em.persist(o);
                audit.change(em, actor, "object.add", "monitored_object", o.getId(), null, null, state(o));
                added++;
                continue;
            }
            kept[match] = true;
            MonitoredObject o = objects.get(match);
            if (!lineOf(o).sameContent(l.withRow(0)) || !sameIp(o.getIpAddress(), l.ip())) {
                Map<String, Object> before = state(o);
                o.update(l.contour(), l.department(), l.location(), l.person(), l.host(), canonicalIp(l.ip()), l.os());
                audit.change(em, actor, "object.update", "monitored_object", o.getId(), null, before, state(o));
                updated++;
            }
        }
        for (int i = 0; i < objects.size(); i++) {
            if (!kept[i]) {
                MonitoredObject o = objects.get(i);
                Map<String, Object> before = state(o);
                o.retire(q.toString());
                audit.change(em, actor, "object.retire", "monitored_object", o.getId(), null, before, state(o));
                retired++;
            }
        }
        return new int[] {added, updated, retired};
    }

    private static boolean sameIp(String a, String b) {
        return java.util.Objects.equals(a, canonicalIp(b));
    }

    private static String canonicalIp(String ip) {
        return IpAddresses.canonical(ip).orElse(ip);
    }

    static Map<String, Object> state(MonitoredObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state_body", o.getStateBody().getCode());
        m.put("contour", o.getContour().name());
        m.put("department", o.getDepartment());
        m.put("location", o.getLocation());
        m.put("responsible_person", o.getResponsiblePerson());
        m.put("host_name", o.getHostName());
        m.put("ip_address", o.getIpAddress());
        m.put("operating_system", o.getOperatingSystem());
        m.put("active", o.isActive());
        m.put("removed_quarter", o.getRemovedQuarter());
        m.put("scope_exclusion", o.getScopeExclusion() == null ? null : o.getScopeExclusion().name());
        m.put("scope_reason", o.getScopeReason());
        return m;
    }

    static AnnexLine lineOf(MonitoredObject o) {
        return new AnnexLine(0, o.getContour(), null, o.getDepartment(), o.getLocation(), o.getResponsiblePerson(),
                o.getHostName(), o.getIpAddress(), o.getOperatingSystem());
    }

    private static List<MonitoredObject> activeObjects(EntityManager em, String bodyCode) {
        return em.createQuery("select o from MonitoredObject o join fetch o.stateBody b where b.code = :c"
                        + " and o.active = true order by o.id", MonitoredObject.class)
                .setParameter("c", bodyCode).getResultList();
    }

    /** The body's latest annex for the quarter, if one was committed. */
    public Optional<Submission> latest(Actor actor, String bodyCode, String quarter) {
        Quarter q = Quarter.parse(quarter);
        requireBody(actor, Permission.REGISTRY_READ, bodyCode, "the annex of " + bodyCode);
        return findSubmission(bodyCode, "s.quarter = :q", q.toString());
    }

    /** The body's latest annex of a quarter before the one given. */
    public Optional<Submission> latestBefore(Actor actor, String bodyCode, Quarter q) {
        requireBody(actor, Permission.REGISTRY_READ, bodyCode, "the annex of " + bodyCode);
        return previous(bodyCode, q);
    }

    /** As {@link #latestBefore}, for callers that checked the actor's access. */
    private Optional<Submission> previous(String bodyCode, Quarter q) {
        return findSubmission(bodyCode, "s.quarter < :q", q.toString());
    }

    private Optional<Submission> findSubmission(String bodyCode, String condition, String quarter) {
        return tx.read(em -> em.createQuery("select s from AnnexSubmission s join fetch s.stateBody b"
                        + " where b.code = :c and " + condition + " order by s.quarter desc, s.receivedAt desc,"
                        + " s.id desc", AnnexSubmission.class)
                .setParameter("c", bodyCode).setParameter("q", quarter).setMaxResults(1)
                .getResultStream().findFirst().map(s -> new Submission(s.getId(), bodyCode,
                        Quarter.parse(s.getQuarter()), s.getReceivedAt(), s.getSourceName(), s.getSourceSha256(),
                        s.getSubmittedBy(), em.createQuery("select r from AnnexRow r where r.submission = :s"
                                + " order by r.rowNo, r.id", AnnexRow.class).setParameter("s", s).getResultList()
                        .stream().map(AnnexRow::toLine).toList())));
    }

    /** The quarter's committed annex compared with the one before it (or the registry, when there is none). */
    public Optional<AnnexComparison> compareWithPrevious(Actor actor, String bodyCode, String quarter) {
        Quarter q = Quarter.parse(quarter);
        return latest(actor, bodyCode, quarter).map(s -> AnnexComparison.of(baseline(bodyCode, q).lines, s.lines()));
    }

    /** Codes of the state bodies that committed an annex for the quarter (e.g. "2026-Q3"). */
    public Set<String> submittedBodyCodes(Actor actor, String quarter) {
        return submittedBodyCodes(guard.scope(actor, Permission.REGISTRY_READ), quarter);
    }

    /**
     * Every state body that gave the quarter's annex, for national reports whose service has already checked the
     * reader's permission (the quarterly summary): the same query as the scoped one, so both always agree.
     */
    public Set<String> submittedBodyCodesNationwide(String quarter) {
        return submittedBodyCodes(BodyScope.ALL, quarter);
    }

    private Set<String> submittedBodyCodes(BodyScope scope, String quarter) {
        Quarter q = Quarter.parse(quarter);
        return tx.read(em -> new TreeSet<>(scope.bind(em.createQuery("select distinct s.stateBody.code from"
                + " AnnexSubmission s where s.quarter = :q and " + scope.condition("s.stateBody.id"), String.class))
                .setParameter("q", q.toString()).getResultList()));
    }

    /** The quarterly clock: bodies under contract in the quarter that have not given its annex yet. */
    public QuarterStatus quarterStatus(Actor actor, String quarter) {
        Quarter q = Quarter.parse(quarter);
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        Set<String> submitted = submittedBodyCodes(actor, quarter);
        List<String> missing = tx.read(em -> scope.bind(em.createQuery("select b from StateBody b where "
                        + scope.condition("b.id") + " order by b.code", StateBody.class)).getResultList()).stream()
                .filter(b -> (b.getContractStart() == null || !b.getContractStart().isAfter(q.lastDay()))
                        && (b.getContractEnd() == null || !b.getContractEnd().isBefore(q.firstDay())))
                .map(StateBody::getCode).filter(c -> !submitted.contains(c)).toList();
        Instant due = q.lastDay().plusDays(1).atStartOfDay(ZONE).toInstant();
        return new QuarterStatus(q, due, submitted, missing);
    }

    /** The quarter that is running now on the Almaty calendar. */
    public Quarter currentQuarter() {
        return Quarter.of(clock.instant(), ZONE);
    }

    /**
     * Writes the quarter's latest committed annex in the official form (XLSX) in the language given (kk, ru, en);
     * the export is recorded in the audit trail.
     */
    public void exportXlsx(Actor actor, String bodyCode, String quarter, String language,
            java.io.OutputStream out) throws java.io.IOException {
        requireBody(actor, Permission.DATA_EXPORT, bodyCode, "the annex of " + bodyCode);
        Submission s = latest(actor, bodyCode, quarter).orElseThrow(() -> new IllegalArgumentException("State body '"
                + bodyCode + "' has no committed annex for " + Quarter.parse(quarter) + "."));
        String bodyName = tx.read(em -> em.createQuery("select b from StateBody b where b.code = :c", StateBody.class)
                .setParameter("c", bodyCode).getSingleResult().name(language));
        kz.kuzet.registry.annex.AnnexXlsxExport.write(RegistryText.bundle(language), bodyName, s.quarter().toString(),
                s.lines(), out);
        tx.run(em -> audit.event(em, actor, "annex.export", Map.of("state_body", bodyCode,
                "quarter", s.quarter().toString(), "submission", s.id(), "language", language)));
    }

    /** Refuses (audited) unless the body exists and the actor may act on it. */
    private void requireBody(Actor actor, Permission permission, String code, String what) {
        guard.require(actor, permission);
        StateBody b = tx.read(em -> em.createQuery("select b from StateBody b where b.code = :c", StateBody.class)
                .setParameter("c", code).getResultStream().findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "No state body with code '" + code + "'. See 'kuzet bodies'.")));
        guard.requireForBody(actor, permission, b.getId(), b.getCode(), what);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
