package kz.kuzet.ui.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ResourceBundle;
import kz.kuzet.incident.TimelineEntry;
import kz.kuzet.ui.Messages;
import org.junit.jupiter.api.Test;

class TimelineNoticeWordsTest {
    private static final Instant AT = Instant.parse("2026-11-21T04:39:12Z");

    @Test
    void aNoticeEntryNamesItsKindAndChannelInTheLanguageShown() {
        ResourceBundle kk = Messages.bundle("kk");
        TimelineEntry sent = new TimelineEntry(AT, "notice", null,
                "SB → soc@minfin.gov.kz (EMAIL) № 2026/00229");
        assertThat(TimelineText.type(kk, sent.type())).isEqualTo("Хабарлама жіберілді");
        assertThat(TimelineText.text(kk, sent))
                .isEqualTo("Мемлекеттік органға (30 мин) → soc@minfin.gov.kz (Электрондық пошта) № 2026/00229");

        ResourceBundle ru = Messages.bundle("ru");
        TimelineEntry made = new TimelineEntry(AT, "notice_made", null, "RECOMMENDATION → Министерство финансов № 2");
        assertThat(TimelineText.type(ru, made.type())).isEqualTo("Уведомление сформировано, не отправлено");
        assertThat(TimelineText.text(ru, made)).startsWith("Рекомендации → Министерство финансов № 2");
    }

    @Test
    void theAuditTrailsNoticeActionsHaveNames() {
        ResourceBundle ru = Messages.bundle("ru");
        for (String action : new String[] {"notice.create", "notice.queue", "notice.send", "notice.send_failed"}) {
            assertThat(TimelineText.type(ru, "audit:" + action)).doesNotContain(action);
        }
        TimelineEntry other = new TimelineEntry(AT, "recommendation", "analyst2", "SB → not a notice");
        assertThat(TimelineText.text(ru, other)).isEqualTo("SB → not a notice");
    }
}
