package kz.kuzet.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kuzet.security.AuditRow;
import org.junit.jupiter.api.Test;

/** The audit screen's details column: an imported entry says where it came from, in the screen's language. */
class AuditDetailsTextTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:15:00Z");

    private static ResourceBundle words(String language) {
        return ResourceBundle.getBundle("kz.kuzet.i18n.security", Locale.forLanguageTag(language));
    }

    @Test
    void aLocalEntryShowsItsChangeOnly() {
        AuditRow local = new AuditRow(41L, AT, "ana", "record.status", "incident_record", 7L, 7L, "{\"s\":\"OPEN\"}",
                "{\"s\":\"CLOSED\"}", "ab12", null);

        assertThat(AuditView.details(local, words("ru"))).isEqualTo("{\"s\":\"OPEN\"} → {\"s\":\"CLOSED\"}");
    }

    @Test
    void anImportedEntryNamesItsSignerItsPlaceThereAndWhenItCame() {
        AuditRow.Origin origin = new AuditRow.Origin("pkg-1", "STS Almaty", "SHA256:xx", AT, AT.plusSeconds(3_600),
                "lead", 12L, 1234L, "p", "h");
        AuditRow imported = new AuditRow(null, AT, "ana", "notice.send", "notice", 3L, 7L, null, "{\"n\":1}", null,
                origin);

        assertThat(AuditView.details(imported, words("ru"))).isEqualTo("[Импортировано из пакета, подписанного"
                + " «STS Almaty»; № 1234 в его журнале аудита; импорт 2026-03-02 14:15:00] {\"n\":1}");
        assertThat(AuditView.details(imported, words("kk"))).startsWith("[«STS Almaty» қол қойған пакеттен");
        assertThat(AuditView.details(imported, words("en"))).contains("No. 1234 of its trail there");
    }
}
