package kz.kuzet.ui.record;

import kz.kuzet.app.Kuzet;
import kz.kuzet.incident.RecordDetail;
import kz.kuzet.ui.console.Note;
import kz.kuzet.ui.outbox.SendOutcome;

/** Every action of the record view, each one service call with the version the analyst saw. */
final class RecordActions {

    private final RecordModel m;

    RecordActions(RecordModel model) {
        this.m = model;
    }

    private Kuzet k() {
        return m.console().kuzet();
    }

    void grade() {
        m.run("record.done.grade", seen -> {
            long v = k().triage().grade(m.actor(), seen, m.severity.get(), m.category.get());
            if (m.kind.get() != null && m.kind.get() != m.detailProperty().get().summary().kind()) {
                v = k().triage().reclassify(m.actor(), new kz.kuzet.incident.VersionedId(seen.id(), v), m.kind.get());
            }
            return v;
        }, () -> { });
    }

    void assign() {
        m.run("record.done.assign", seen -> k().triage().assign(m.actor(), seen, m.assignee.get()), () -> { });
    }

    void writeAnalysis() {
        m.run("record.done.analysis", seen -> k().triage().writeInitialAnalysis(m.actor(), seen, m.analysis.get()),
                () -> { });
    }

    void addRecommendation() {
        m.run("record.done.recommendation",
                seen -> k().response().addRecommendation(m.actor(), seen, m.recommendation.get()),
                () -> m.recommendation.set(""));
    }

    void addMeasure() {
        RecordDetail.SensorChoice sensor = m.measureSensor.get();
        m.run("record.done.measure", seen -> k().response().addContainmentMeasure(m.actor(), seen,
                sensor == null ? null : sensor.id(), m.measure.get()), () -> m.measure.set(""));
    }

    void decideDispatch() {
        m.run("record.done.dispatch", seen -> k().response().decideDispatch(m.actor(), seen,
                m.dispatchDecider.get(), m.dispatchEmployee.get(), m.parseTime(m.dispatchWhen.get()),
                m.dispatchNotes.get()), () -> {
                    m.dispatchEmployee.set("");
                    m.dispatchNotes.set("");
                    m.dispatchWhen.set("");
                });
    }

    void recordReport() {
        m.run("record.done.report", seen -> k().response().recordStateBodyReport(m.actor(), seen,
                m.parseTime(m.reportWhen.get()), m.reportAnalysis.get(), m.reportMeasures.get(),
                m.reportEliminated.get()), () -> {
                    m.reportAnalysis.set("");
                    m.reportMeasures.set("");
                    m.reportWhen.set("");
                    m.reportEliminated.set(false);
                });
    }

    void recordNotice() {
        m.run("record.done.notice", seen -> k().response().recordNoticeSent(m.actor(), seen, m.noticeKind.get(),
                m.noticeRecipient.get(), m.noticeChannel.get(), m.noticeReference.get(),
                m.parseTime(m.noticeWhen.get())), () -> {
                    m.noticeReference.set("");
                    m.noticeWhen.set("");
                });
    }

    /**
     * Makes the formal notice with the notices feature (PDF, registration number) and delivers it: by e-mail
     * through the outbox, or recorded as delivered by hand / e-document with the reference given. The note says
     * truthfully what happened: sent (and when, the instant that stopped the clock), or waiting in the outbox
     * (why, when it is tried again, what to do).
     */
    void prepareAndSendNotice() {
        m.run(seen -> {
            kz.kuzet.security.AccessPolicy.require(m.actor(), kz.kuzet.security.Permission.NOTICE_SEND);
            var notices = k().notices();
            // the recipient's stored language unless the analyst chose another
            var language = m.noticeLanguage.get() != null ? m.noticeLanguage.get()
                    : notices.preferredLanguage(m.actor(), seen.id(), m.noticeKind.get(),
                            "ru".equals(m.console().language()) ? kz.kuzet.notice.NoticeLanguage.RU
                                    : kz.kuzet.notice.NoticeLanguage.KK);
            // signed by the logged-in user's profile, else the configured signer
            var created = notices.create(m.actor(), seen.id(), m.noticeKind.get(), language, null);
            Note said;
            if (m.noticeChannel.get() == kz.kuzet.notice.DeliveryChannel.EMAIL) {
                said = SendOutcome.of(created.registrationNumber(), notices.send(m.actor(), created.noticeId()));
            } else {
                java.time.Instant at = m.parseTime(m.noticeWhen.get());
                notices.recordManualDelivery(m.actor(), created.noticeId(), m.noticeChannel.get(),
                        m.noticeReference.get(), at);
                said = Note.info("record.notice.delivered", created.registrationNumber(),
                        Note.info("channel." + m.noticeChannel.get().name().toLowerCase(java.util.Locale.ROOT)),
                        kz.kuzet.ui.console.Views.time(at));
            }
            return new RecordModel.Done(k().records().find(m.actor(), seen.id()).orElseThrow().version(), said);
        }, () -> {
            m.noticeReference.set("");
            m.noticeWhen.set("");
        });
    }

    void eliminated() {
        m.run("record.done.eliminated", seen -> k().response().recordEliminated(m.actor(), seen,
                m.console().clock().instant()), () -> { });
    }

    void escalate() {
        m.run("record.done.escalate", seen -> k().response().escalate(m.actor(), seen,
                m.escalationRecipient.get(), m.noticeChannel.get(), m.noticeReference.get()), () -> { });
    }

    void close() {
        m.run("record.done.close", seen -> k().response().close(m.actor(), seen), () -> { });
    }

    void reopen() {
        m.run("record.done.reopen", seen -> k().response().reopen(m.actor(), seen), () -> { });
    }
}
