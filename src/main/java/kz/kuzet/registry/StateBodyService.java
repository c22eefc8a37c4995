package kz.kuzet.registry;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.store.Transactions;

/**
 * Creates and edits state bodies with their notice contact and monitoring contract. Only a role
 * over every state body creates one; a coordinator edits and sees only their own.
 */
public final class StateBodyService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final Clock clock;

    public StateBodyService(Transactions tx, AuditTrail audit, AccessGuard guard, Clock clock) {
        this.tx = tx;
        this.audit = audit;
        this.guard = guard;
        this.clock = clock;
    }

    /** Everything the registry keeps about a state body, as entered in the form. */
    public record BodyForm(String code, String nameKk, String nameRu, StateBodyKind kind, String contactName,
            String contactPosition, String contactEmail, Set<WorkType> workTypes, LocalDate contractStart,
            LocalDate contractEnd, String knbContractRef, String noticeLanguage) {

        /** A form without the notice contact's language (none stored: the notice settings' default applies). */
        public BodyForm(String code, String nameKk, String nameRu, StateBodyKind kind, String contactName,
                String contactPosition, String contactEmail, Set<WorkType> workTypes, LocalDate contractStart,
                LocalDate contractEnd, String knbContractRef) {
            this(code, nameKk, nameRu, kind, contactName, contactPosition, contactEmail, workTypes, contractStart,
                    contractEnd, knbContractRef, null);
        }
    }

    /** A state body as stored, with the version to send back when editing it. */
    public record BodyView(long id, long version, BodyForm form) {
    }

    /** The form's problems, each naming its field; the change was not saved. */
    public static final class InvalidBody extends IllegalArgumentException {
        private final Map<String, String> problems;

        InvalidBody(Map<String, String> problems) {
            super("The state body was not saved: " + String.join("; ", problems.values()));
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() { return problems; }
    }

    public long create(Actor actor, BodyForm form) {
        guard.requireAllBodies(actor, Permission.REGISTRY_CHANGE, "a new state body");
        Map<String, String> problems = validate(form);
        if (form.code() == null || !CODE.matcher(form.code()).matches()) {
            problems.put("code", "code: 2–32 capital Latin letters, digits, '-' or '_' (e.g. MF, AKM-AST)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidBody(problems);
        }
        return tx.call(em -> {
            if (find(em, form.code()).isPresent()) {
                throw new InvalidBody(Map.of("code", "code: a state body with code " + form.code()
                        + " already exists"));
            }
            StateBody b = new StateBody(form.code(), form.nameKk().trim(), form.nameRu().trim(), form.kind());
            apply(b, form);
            em.persist(b);
            em.flush();
            NoticeContactLanguage.write(em, b.getId(), form.noticeLanguage(), clock.instant());
            audit.change(em, actor, "body.create", "state_body", b.getId(), null, null, state(em, b));
            return b.getId();
        });
    }

    /** Saves an edit made on the version the user saw; someone else's change in between is refused. */
    public void update(Actor actor, String code, long expectedVersion, BodyForm form) {
        guard.require(actor, Permission.REGISTRY_CHANGE);
        Map<String, String> problems = validate(form);
        if (!problems.isEmpty()) {
            throw new InvalidBody(problems);
        }
        tx.run(em -> {
            StateBody b = find(em, code).orElseThrow(() -> new IllegalArgumentException("No state body with code '"
                    + code + "'."));
            guard.requireForBody(actor, Permission.REGISTRY_CHANGE, b.getId(), b.getCode(), "state body " + code);
            if (b.getVersion() != expectedVersion) {
                throw new ConcurrentChangeException("Someone else changed " + code + " at the same time. Reload "
                        + "to see their change, then apply yours again.", null);
            }
            Map<String, Object> before = state(em, b);
            b.setNameKk(form.nameKk().trim());
            b.setNameRu(form.nameRu().trim());
            b.setKind(form.kind());
            apply(b, form);
            em.flush();
            if (!java.util.Objects.equals(before.get("notice_language"), form.noticeLanguage())) {
                NoticeContactLanguage.write(em, b.getId(), form.noticeLanguage(), clock.instant());
                // the language lives in its own table: a new version still tells a concurrent editor
                em.lock(b, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            audit.change(em, actor, "body.update", "state_body", b.getId(), null, before, state(em, b));
        });
    }

    /** The body with that code, if it exists; a coordinator asking for another body's is refused. */
    public Optional<BodyView> find(Actor actor, String code) {
        guard.require(actor, Permission.REGISTRY_READ);
        return tx.read(em -> find(em, code).map(b -> {
            guard.requireForBody(actor, Permission.REGISTRY_READ, b.getId(), b.getCode(), "state body " + code);
            return view(em, b);
        }));
    }

    /** The bodies the actor may see (a coordinator: only theirs). */
    public List<BodyView> list(Actor actor) {
        BodyScope scope = guard.scope(actor, Permission.REGISTRY_READ);
        return tx.read(em -> scope.bind(em.createQuery("select b from StateBody b where " + scope.condition("b.id")
                        + " order by b.code", StateBody.class))
                .getResultList().stream().map(b -> view(em, b)).toList());
    }

    private static Optional<StateBody> find(EntityManager em, String code) {
        return em.createQuery("select b from StateBody b where b.code = :c", StateBody.class).setParameter("c", code)
                .getResultStream().findFirst();
    }

    private static BodyView view(EntityManager em, StateBody b) {
        return new BodyView(b.getId(), b.getVersion(), new BodyForm(b.getCode(), b.getNameKk(), b.getNameRu(),
                b.getKind(), b.getContactName(), b.getContactPosition(), b.getContactEmail(), b.getWorkTypes(),
                b.getContractStart(), b.getContractEnd(), b.getKnbContractRef(),
                NoticeContactLanguage.read(em, b.getId()).orElse(null)));
    }

    private static void apply(StateBody b, BodyForm f) {
        b.setNoticeContact(blankToNull(f.contactName()), blankToNull(f.contactPosition()),
                blankToNull(f.contactEmail()));
        b.setContract(f.workTypes() == null ? EnumSet.noneOf(WorkType.class) : f.workTypes(), f.contractStart(),
                f.contractEnd(), blankToNull(f.knbContractRef()));
    }

    static Map<String, String> validate(BodyForm f) {
        Map<String, String> p = new LinkedHashMap<>();
        text(p, "name_kk", "name in Kazakh", f.nameKk(), 400, true);
        text(p, "name_ru", "name in Russian", f.nameRu(), 400, true);
        if (f.kind() == null) {
            p.put("kind", "kind: choose ministry, agency, committee, akimat, service or other");
        }
        text(p, "contact_name", "authorised person", f.contactName(), 200, false);
        text(p, "contact_position", "position", f.contactPosition(), 200, false);
        text(p, "contact_email", "notice e-mail", f.contactEmail(), 200, false);
        if (f.contactEmail() != null && !f.contactEmail().isBlank() && !EMAIL.matcher(f.contactEmail().trim())
                .matches()) {
            p.put("contact_email", "notice e-mail: \"" + f.contactEmail() + "\" is not an e-mail address");
        }
        if (f.noticeLanguage() != null && !NoticeContactLanguage.CODES.contains(f.noticeLanguage())) {
            p.put("notice_language", "notice language: kk, ru or both, not \"" + f.noticeLanguage() + "\"");
        }
        text(p, "knb_contract_ref", "KNB–STS contract reference", f.knbContractRef(), 100, false);
        if (f.contractStart() != null && f.contractEnd() != null && f.contractEnd().isBefore(f.contractStart())) {
            p.put("contract_end", "contract end: before the contract start");
        }
        boolean hasContract = f.contractStart() != null || f.contractEnd() != null
                || f.knbContractRef() != null && !f.knbContractRef().isBlank();
        if (hasContract && (f.workTypes() == null || f.workTypes().isEmpty())) {
            p.put("work_types", "work types: a contract covers one or several of installation, technical support, "
                    + "observation (R-7, R-8)");
        }
        return p;
    }

    private static void text(Map<String, String> p, String key, String label, String value, int max,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                p.put(key, label + ": required");
            }
        } else if (value.trim().length() > max) {
            p.put(key, label + ": at most " + max + " characters");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static Map<String, Object> state(EntityManager em, StateBody b) {
        Map<String, Object> m = state(b);
        m.put("notice_language", NoticeContactLanguage.read(em, b.getId()).orElse(null));
        return m;
    }

    static Map<String, Object> state(StateBody b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", b.getCode());
        m.put("name_kk", b.getNameKk());
        m.put("name_ru", b.getNameRu());
        m.put("kind", b.getKind().name());
        m.put("contact_name", b.getContactName());
        m.put("contact_position", b.getContactPosition());
        m.put("contact_email", b.getContactEmail());
        List<String> work = new ArrayList<>();
        b.getWorkTypes().forEach(w -> work.add(w.name()));
        m.put("work_types", work);
        m.put("contract_start", b.getContractStart() == null ? null : b.getContractStart().toString());
        m.put("contract_end", b.getContractEnd() == null ? null : b.getContractEnd().toString());
        m.put("knb_contract_ref", b.getKnbContractRef());
        return m;
    }
}
