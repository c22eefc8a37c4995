package kz.kuzet.notice;

import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.incident.IncidentRecord;
import kz.kuzet.registry.StateBody;
import kz.kuzet.report.ReportEngine;
import kz.kuzet.security.AccessGuard;
import kz.kuzet.security.Actor;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.security.BodyScope;
import kz.kuzet.security.Permission;
import kz.kuzet.security.UserProfile;
import kz.kuzet.security.UserService;
import kz.kuzet.store.ChangeFeed;
import kz.kuzet.store.ConcurrentChangeException;
import kz.kuzet.store.Transactions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Formal notices: made (PDF stored with its SHA-256 and a registration number), e-mailed through an outbox
 * that survives restarts, or recorded as delivered by hand. The sending instant stops the record's clock.
 *
 * <p>Access: making or previewing a notice takes {@link Permission#NOTICE_PREPARE}, sending it or recording its
 * delivery {@link Permission#NOTICE_SEND}, reading it {@link Permission#RECORD_READ}; each for the state body of
 * the notice's record, so a coordinator could act only for their own body.
 */
public final class NoticeService {

    /** A notice made and registered. */
    public record Created(long noticeId, String registrationNumber, String sha256, byte[] pdf) {
    }

    public enum Outcome {
        /** The SMTP server accepted the message; the clock has stopped. */
        SENT,
        /** Not sent yet: kept in the outbox with the error, retried later. */
        QUEUED
    }

    public record SendResult(long noticeId, Outcome outcome, Instant sentAt, String error, Instant nextAttemptAt) {
    }

    /** A notice of a record as a list shows it. */
    public record Made(long noticeId, NoticeKind kind, String registrationNumber, String language, Instant createdAt,
            Instant sentAt, DeliveryChannel channel) {
    }

    /** What one pass over the outbox did. */
    public record RetryResult(int due, int sent, int failed, List<String> errors) {
    }

    private final Transactions tx;
    private final AuditTrail audit;
    private final AccessGuard guard;
    private final UserService users;
    private final Clock clock;
    private final NoticeRenderer renderer;
    private final NoticeSettings settings;
    private final NoticeMailer mailer = new NoticeMailer();
    private final RegistrationNumbers numbers;
    private final ChangeFeed changes;
    private final RecipientLanguages languages;

    public NoticeService(Transactions tx, AuditTrail audit, AccessGuard guard, UserService users, Clock clock,
            NoticeRenderer renderer, NoticeSettings settings, ChangeFeed changes) {
        this.tx = tx;
        this.changes = changes;
        this.languages = new RecipientLanguages(tx, audit, guard, settings, clock);
        this.audit = audit;
        this.guard = guard;
        this.users = users;
        this.clock = clock;
        this.renderer = renderer;
        this.settings = settings;
        this.numbers = new RegistrationNumbers(tx);
    }

    public NoticeSettings settings() {
        return settings;
    }

    /** The languages each recipient reads notices in (state bodies, KNB, the authorized body). */
    public RecipientLanguages languages() {
        return languages;
    }

    /**
     * The language the recipient of this kind of notice about the record reads: the stored preference, else
     * {@code fallback}.
     */
    public NoticeLanguage preferredLanguage(Actor actor, long recordId, NoticeKind kind, NoticeLanguage fallback) {
        long bodyId = tx.read(em -> {
            var body = NoticeFactsLoader.record(em, recordId).getStateBody();
            guard.requireForBody(actor, Permission.RECORD_READ, body.getId(), body.getCode(), "record " + recordId);
            return body.getId();
        });
        return languages.forNotice(kind, bodyId).orElse(fallback);
    }

    /**
     * Who signs what the actor makes: their own profile (full name and position), else the signer in the
     * settings ({@code notice.signer.*}), else a clear error saying how to give one.
     */
    public Signer defaultSigner(Actor actor) {
        return users.profile(actor).flatMap(UserProfile::complete).map(p -> new Signer(p.fullName(), p.position()))
                .or(settings::signer)
                .orElseThrow(() -> new IllegalStateException("No signer for " + actor.name() + "'s notices: set "
                        + "your full name and position ('kuzet user profile --full-name … --position …'), or the "
                        + "settings notice.signer.name and notice.signer.position, or give --signer-name and "
                        + "--signer-position."));
    }

    /**
     * Makes the notice document, registers its number and stores it, in one transaction.
     *
     * @param signer who signs; null for {@link #defaultSigner the actor's own signature block}
     */
    public Created create(Actor actor, long recordId, NoticeKind kind, NoticeLanguage language, Signer signer) {
        requireForRecord(actor, Permission.NOTICE_PREPARE, recordId);
        Signer signedBy = signer != null ? signer : defaultSigner(actor);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int year = now.atZone(NoticeTexts.ZONE).getYear();
        renderer.prepare();
        numbers.prepareYear(year);
        return tx.call(em -> {
            IncidentRecord r = NoticeFactsLoader.record(em, recordId);
            checkApplies(r, kind);
            checkEscalationIsDue(r, kind, now);
            NoticeFacts facts = NoticeFactsLoader.load(em, r);
            RegistrationNumbers.Registration reg = numbers.next(em, year);
            byte[] pdf = renderer.pdf(new NoticeRenderer.Draft(facts, kind, language, reg.number(), now,
                    signedBy));
            String sha = sha256(pdf);
            Notice n = new Notice(r, kind, recipientName(kind, facts, language), language.code(), now);
            n.register(reg.year(), reg.sequence(), reg.number());
            n.attachDocument(pdf, sha);
            em.persist(n);
            em.flush();
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("kind", kind.name());
            after.put("registration_number", reg.number());
            after.put("language", language.code());
            after.put("recipient", n.getRecipient());
            after.put("document_sha256", sha);
            after.put("signer", signedBy.name() + ", " + signedBy.position());
            audit.change(em, actor, "notice.create", "notice", n.getId(), recordId, null, after);
            changes.note(em, "notice", n.getId());
            return new Created(n.getId(), reg.number(), sha, pdf);
        });
    }

    /** The pages of a draft of the notice, without registering it (a preview before it is made). */
    public List<BufferedImage> draftPages(Actor actor, long recordId, NoticeKind kind, NoticeLanguage language,
            Signer signer, float zoom) {
        requireForRecord(actor, Permission.NOTICE_PREPARE, recordId);
        Signer signedBy = signer != null ? signer : defaultSigner(actor);
        Instant now = clock.instant();
        NoticeFacts facts = tx.read(em -> {
            IncidentRecord r = NoticeFactsLoader.record(em, recordId);
            checkApplies(r, kind);
            return NoticeFactsLoader.load(em, r);
        });
        return renderer.pageImages(new NoticeRenderer.Draft(facts, kind, language, "……", now, signedBy), zoom);
    }

    /** A draft of the notice as a PDF, without registering it: what the preview shows before it is made. */
    public byte[] draftPdf(Actor actor, long recordId, NoticeKind kind, NoticeLanguage language, Signer signer) {
        requireForRecord(actor, Permission.NOTICE_PREPARE, recordId);
        Signer signedBy = signer != null ? signer : defaultSigner(actor);
        Instant now = clock.instant();
        NoticeFacts facts = tx.read(em -> {
            IncidentRecord r = NoticeFactsLoader.record(em, recordId);
            checkApplies(r, kind);
            return NoticeFactsLoader.load(em, r);
        });
        return renderer.pdf(new NoticeRenderer.Draft(facts, kind, language, "……", now, signedBy));
    }

    /** The notices made about a record, newest first. */
    public List<Made> forRecord(Actor actor, long recordId) {
        requireForRecord(actor, Permission.RECORD_READ, recordId);
        return tx.read(em -> em.createQuery("select n from Notice n where n.record.id = :id order by n.id desc",
                Notice.class).setParameter("id", recordId).getResultStream()
                .map(n -> new Made(n.getId(), n.getKind(), n.getRegistrationNumber(), n.getLanguage(),
                        n.getCreatedAt(), n.getSentAt(), n.getChannel()))
                .toList());
    }

    /** The stored document of a notice. */
    public byte[] document(Actor actor, long noticeId) {
        requireForNotice(actor, Permission.RECORD_READ, noticeId);
        return tx.read(em -> notice(em, noticeId).getDocument());
    }

    /** The stored document's pages as images, for a preview or print; exactly what was registered. */
    public List<BufferedImage> pageImages(Actor actor, long noticeId, float dpi) {
        byte[] pdf = document(actor, noticeId);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(r.renderImageWithDPI(i, dpi));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("The stored document of notice " + noticeId + " cannot be read", e);
        }
    }

    /** The same pages as PNG images, e.g. for a view that shows them or a file for a person to look at. */
    public List<byte[]> pagePngs(Actor actor, long noticeId, float dpi) {
        return pageImages(actor, noticeId, dpi).stream().map(ReportEngine::png).toList();
    }

    /** The notice, if there is one the actor may read. */
    public Optional<Notice> find(Actor actor, long noticeId) {
        BodyScope scope = guard.scope(actor, Permission.RECORD_READ);
        return tx.read(em -> Optional.ofNullable(em.find(Notice.class, noticeId))
                .filter(n -> scope.covers(n.getRecord().getStateBody().getId())));
    }

    /**
     * E-mails the notice to its recipient with the PDF attached. The message first goes into the outbox; if the
     * server does not take it, it stays there with the error and is retried by {@link #retryDue}.
     *
     * @return the attempt's outcome, or null when another workstation holds the message's lease (it is being sent
     *         there at this moment)
     */
    public SendResult send(Actor actor, long noticeId) {
        requireForNotice(actor, Permission.NOTICE_SEND, noticeId);
        MailSettings mail = settings.mail();
        long outboxId = tx.call(em -> {
            Notice n = notice(em, noticeId);
            if (n.getSentAt() != null) {
                throw new IllegalStateException("Notice " + n.getRegistrationNumber() + " was already sent at "
                        + n.getSentAt() + "; make a new notice to send again.");
            }
            Optional<OutboxMessage> pending = em.createQuery("select m from OutboxMessage m where m.notice.id = :id"
                            + " and m.deliveredAt is null", OutboxMessage.class)
                    .setParameter("id", noticeId).getResultStream().findFirst();
            if (pending.isPresent()) {
                return pending.get().getId();
            }
            String recipients = recipientAddresses(em, n);
            OutboxMessage m = new OutboxMessage(n, recipients, clock.instant());
            em.persist(m);
            em.flush();
            audit.change(em, actor, "notice.queue", "notice_outbox", m.getId(), n.getRecord().getId(), null,
                    Map.of("notice", n.getRegistrationNumber(), "recipients", recipients));
            return m.getId();
        });
        return attempt(outboxId, mail, actor);
    }

    /**
     * Tries every outbox message whose next attempt is due (of the actor's state body, for a scoped actor). Safe
     * to run from several workstations.
     */
    public RetryResult retryDue(Actor actor) {
        BodyScope scope = guard.scope(actor, Permission.NOTICE_SEND);
        Instant now = clock.instant();
        List<Long> due = tx.read(em -> scope.bind(em.createQuery("select m.id from OutboxMessage m"
                + " where m.deliveredAt is null and m.nextAttemptAt <= :now and "
                + scope.condition("m.notice.record.stateBody.id") + " order by m.id", Long.class)
                .setParameter("now", now)).getResultList());
        if (due.isEmpty()) {
            return new RetryResult(0, 0, 0, List.of());
        }
        MailSettings mail = settings.mail();
        int sent = 0;
        List<String> errors = new ArrayList<>();
        for (long id : due) {
            SendResult r = attempt(id, mail, actor);
            if (r == null) {
                continue;
            }
            if (r.outcome() == Outcome.SENT) {
                sent++;
            } else {
                errors.add(r.error());
            }
        }
        return new RetryResult(due.size(), sent, errors.size(), errors);
    }

    /** The messages not yet accepted by the SMTP server that the actor may see, oldest first. */
    public List<OutboxMessage> pendingOutbox(Actor actor) {
        BodyScope scope = guard.scope(actor, Permission.RECORD_READ);
        return tx.read(em -> scope.bind(em.createQuery("select m from OutboxMessage m join fetch m.notice n"
                + " join fetch n.record where m.deliveredAt is null and " + scope.condition("n.record.stateBody.id")
                + " order by m.id", OutboxMessage.class)).getResultList());
    }

    /** Records that the notice was delivered by hand or through the e-document system; stops the clock. */
    public void recordManualDelivery(Actor actor, long noticeId, DeliveryChannel channel, String reference,
            Instant at) {
        requireForNotice(actor, Permission.NOTICE_SEND, noticeId);
        if (channel == DeliveryChannel.EMAIL) {
            throw new IllegalArgumentException("E-mail delivery is recorded by sending; choose by hand or e-document.");
        }
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("Give the delivery's reference (the e-document or receipt number).");
        }
        if (at.isAfter(clock.instant())) {
            throw new IllegalArgumentException("The delivery instant " + at + " is in the future; give when it "
                    + "actually happened.");
        }
        tx.run(em -> {
            Notice n = notice(em, noticeId);
            if (n.getSentAt() != null) {
                throw new IllegalStateException("Notice " + n.getRegistrationNumber() + " is already recorded as "
                        + "delivered at " + n.getSentAt() + ".");
            }
            em.createQuery("select m from OutboxMessage m where m.notice.id = :id and m.deliveredAt is null",
                    OutboxMessage.class).setParameter("id", noticeId).getResultStream()
                    .forEach(m -> m.delivered(at));
            markSent(em, n, at, channel, reference.strip(), actor);
        });
    }

    private SendResult attempt(long outboxId, MailSettings mail, Actor actor) {
        Instant claimedAt = clock.instant();
        NoticeMailer.Letter letter;
        long noticeId;
        try {
            Object[] claimed = tx.call(em -> {
                OutboxMessage m = em.find(OutboxMessage.class, outboxId);
                // due, or failed before and asked for again; one another workstation is sending is left alone
                if (m == null || m.isDelivered()
                        || m.getNextAttemptAt().isAfter(claimedAt) && m.getLastError() == null) {
                    return null;
                }
                m.claim(claimedAt);
                return new Object[] {m.getNotice().getId(), letter(m)};
            });
            if (claimed == null) {
                return null;
            }
            noticeId = (Long) claimed[0];
            letter = (NoticeMailer.Letter) claimed[1];
        } catch (ConcurrentChangeException e) {
            return null;
        }
        try {
            mailer.send(mail, letter);
        } catch (MessagingException | RuntimeException e) {
            String error = "SMTP " + mail.host() + ":" + mail.port() + ": " + oneLine(e);
            Instant failedAt = clock.instant();
            Instant next = tx.call(em -> {
                OutboxMessage m = em.find(OutboxMessage.class, outboxId);
                m.failed(failedAt, error);
                audit.change(em, actor, "notice.send_failed", "notice_outbox", outboxId,
                        m.getNotice().getRecord().getId(), null,
                        Map.of("notice", m.getNotice().getRegistrationNumber(), "attempt", m.getAttempts(),
                                "error", error, "next_attempt_at", m.getNextAttemptAt().toString()));
                changes.note(em, "notice", m.getNotice().getId());
                return m.getNextAttemptAt();
            });
            return new SendResult(noticeId, Outcome.QUEUED, null, error, next);
        }
        Instant sentAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tx.run(em -> {
            OutboxMessage m = em.find(OutboxMessage.class, outboxId);
            m.delivered(sentAt);
            String reference = "e-mail: " + m.getRecipients();
            markSent(em, m.getNotice(), sentAt, DeliveryChannel.EMAIL,
                    reference.length() > 200 ? reference.substring(0, 200) : reference, actor);
        });
        return new SendResult(noticeId, Outcome.SENT, sentAt, null, null);
    }

    private void markSent(EntityManager em, Notice n, Instant at, DeliveryChannel channel, String reference,
            Actor actor) {
        IncidentRecord r = n.getRecord();
        Map<String, Object> before = clockFacts(r);
        n.markSent(at, channel, reference);
        switch (n.getKind()) {
            case SB -> r.recordSbNoticeSent(at);
            case KNB -> r.recordKnbNoticeSent(at);
            case ESCALATION -> r.recordEscalationNotice(at);
            case RECOMMENDATION -> { }
        }
        Map<String, Object> after = clockFacts(r);
        after.put("notice", n.getRegistrationNumber());
        after.put("sent_at", at.toString());
        after.put("channel", channel.name());
        after.put("reference", reference);
        audit.change(em, actor, "notice.send", "incident_record", r.getId(), r.getId(), before, after);
        // other consoles show the stopped clock at once, whichever workstation or command sent it
        changes.note(em, "incident_record", r.getId());
        changes.note(em, "notice", n.getId());
    }

    private static Map<String, Object> clockFacts(IncidentRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", r.getStatus().name());
        m.put("sb_notice_sent_at", String.valueOf(r.getSbNoticeSentAt()));
        m.put("knb_notice_sent_at", String.valueOf(r.getKnbNoticeSentAt()));
        m.put("escalation_notice_at", String.valueOf(r.getEscalationNoticeAt()));
        return m;
    }

    private NoticeMailer.Letter letter(OutboxMessage m) {
        Notice n = m.getNotice();
        NoticeTexts t = new NoticeTexts(NoticeLanguage.of(n.getLanguage()).languages().get(0));
        String kindName = t.get("noticeKind." + n.getKind().name());
        String recordId = String.valueOf(n.getRecord().getId());
        String subject = t.get("mail.subject", kindName, n.getRegistrationNumber(), recordId);
        String body = t.get("mail.body", kindName, n.getRegistrationNumber(), recordId);
        String file = "notice-" + n.getRegistrationNumber().replace('/', '-') + ".pdf";
        return new NoticeMailer.Letter(m.getRecipients(), subject, body, file, n.getDocument());
    }

    private String recipientAddresses(EntityManager em, Notice n) {
        Map<String, String> s = settings.all();
        return switch (n.getKind()) {
            case SB, RECOMMENDATION -> {
                String email = n.getRecord().getStateBody().getContactEmail();
                if (email == null || email.isBlank()) {
                    throw new IllegalStateException("The state body " + n.getRecord().getStateBody().getCode()
                            + " has no notice contact e-mail. Add it in the registry, or record the notice as "
                            + "delivered by hand or through the e-document system.");
                }
                yield email.strip();
            }
            case KNB -> required(s, "notice.knb.email", "KNB");
            case ESCALATION -> required(s, "notice.authority.email", "the authorized body") + ", "
                    + required(s, "notice.knb.email", "KNB");
        };
    }

    private static String required(Map<String, String> s, String key, String who) {
        String v = s.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("No e-mail address for " + who + " is configured: set " + key
                    + " in the settings, or record the notice as delivered by hand.");
        }
        return v.strip();
    }

    private static String recipientName(NoticeKind kind, NoticeFacts f, NoticeLanguage language) {
        List<String> names = new ArrayList<>();
        for (String l : language.languages()) {
            NoticeTexts t = new NoticeTexts(l);
            String name = switch (kind) {
                case SB, RECOMMENDATION -> f.body().name(l);
                case KNB -> t.get("to.KNB");
                case ESCALATION -> t.get("to.ESCALATION").replace('\n', ';');
            };
            names.add(name);
        }
        String joined = String.join(" / ", names);
        return joined.length() > 400 ? joined.substring(0, 400) : joined;
    }

    private static void checkApplies(IncidentRecord r, NoticeKind kind) {
        if (r.getKind() == RecordKind.FALSE_POSITIVE) {
            throw new IllegalArgumentException("Record " + r.getId() + " is a false positive: no notice is due. "
                    + "Reclassify it first if it is an event or an incident.");
        }
        if (kind == NoticeKind.ESCALATION && r.getKind() != RecordKind.INCIDENT) {
            throw new IllegalArgumentException("Record " + r.getId() + " is a CS event: escalation (R-10.3.k) "
                    + "applies to CS incidents only.");
        }
    }

    /** .k: only once 48 hours have passed since detection without the causes being eliminated. */
    private static void checkEscalationIsDue(IncidentRecord r, NoticeKind kind, Instant now) {
        if (kind != NoticeKind.ESCALATION) {
            return;
        }
        Instant due = r.getDetectedAt().plus(kz.kuzet.clock.RegulationClocks.ESCALATION_AFTER);
        if (now.isBefore(due)) {
            throw new IllegalStateException("Record " + r.getId() + ": escalation is due only 48 hours after "
                    + "detection, at " + due + "; until then the state body may still eliminate the causes.");
        }
        if (r.getEliminatedAt() != null && !r.getEliminatedAt().isAfter(due)) {
            throw new IllegalStateException("Record " + r.getId() + ": the causes and consequences were eliminated "
                    + "within 48 hours (" + r.getEliminatedAt() + "); no escalation is due.");
        }
    }

    /** The state body something belongs to, read before acting on it. */
    private record Owner(long bodyId, String bodyCode, String what) {
        static Owner of(StateBody body, String what) {
            return new Owner(body.getId(), body.getCode(), what);
        }
    }

    private void requireForRecord(Actor actor, Permission permission, long recordId) {
        guard.require(actor, permission);
        Owner owner = tx.read(em -> Owner.of(NoticeFactsLoader.record(em, recordId).getStateBody(),
                "record " + recordId));
        guard.requireForBody(actor, permission, owner.bodyId(), owner.bodyCode(), owner.what());
    }

    private void requireForNotice(Actor actor, Permission permission, long noticeId) {
        guard.require(actor, permission);
        Owner owner = tx.read(em -> {
            Notice n = notice(em, noticeId);
            return Owner.of(n.getRecord().getStateBody(), "notice " + n.getRegistrationNumber());
        });
        guard.requireForBody(actor, permission, owner.bodyId(), owner.bodyCode(), owner.what());
    }

    private static Notice notice(EntityManager em, long noticeId) {
        Notice n = em.find(Notice.class, noticeId);
        if (n == null) {
            throw new IllegalArgumentException("There is no notice " + noticeId + ".");
        }
        return n;
    }

    static String sha256(byte[] bytes) {
        return ReportEngine.sha256(bytes);
    }

    private static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getMessage() != null && sb.indexOf(c.getMessage()) < 0) {
                if (sb.length() > 0) {
                    sb.append(": ");
                }
                sb.append(c.getMessage().replaceAll("\\s+", " ").strip());
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
