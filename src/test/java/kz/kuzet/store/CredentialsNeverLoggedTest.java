package kz.kuzet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import kz.kuzet.app.Kuzet;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class CredentialsNeverLoggedTest {

    private static final String SECRET = "S3cret-Passw0rd-xyz";

    @Test
    void settingsNeverShowThePassword() {
        DatabaseSettings plain = new DatabaseSettings("jdbc:postgresql://db.nccc.kz:5432/kuzet", "kuzet", SECRET);
        assertThat(plain.toString()).isEqualTo("DatabaseSettings[jdbc:postgresql://db.nccc.kz:5432/kuzet, user=kuzet]");
        DatabaseSettings inUrl = new DatabaseSettings(
                "jdbc:postgresql://db.nccc.kz:5432/kuzet?user=kuzet&password=" + SECRET + "&ssl=true", null, null);
        assertThat(inUrl.toString()).doesNotContain(SECRET).contains("password=***&ssl=true");
        assertThat(inUrl.redactedUrl()).doesNotContain(SECRET);
        DatabaseSettings h2 = new DatabaseSettings("jdbc:h2:mem:x;PASSWORD=" + SECRET + ";MODE=PostgreSQL", "sa", null);
        assertThat(h2.toString()).doesNotContain(SECRET);
        DatabaseSettings resolved = DatabaseSettings.resolve(null, null, null,
                Map.of("KUZET_DB_URL", "jdbc:postgresql://h/db", "KUZET_DB_PASSWORD", SECRET), java.nio.file.Path.of("."));
        assertThat(resolved.toString()).doesNotContain(SECRET);
    }

    @Test
    void aRefusedConnectionNamesTheDatabaseButNotThePasswordInItsMessageOrTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        LoggerContext context = root.getLoggerContext();
        // the loggers that see connection settings, at their most talkative (Hibernate only gets a DataSource)
        List<Logger> talkative = List.of(context.getLogger("com.zaxxer.hikari"), context.getLogger("org.flywaydb"),
                context.getLogger("kz.kuzet"), context.getLogger("org.h2"), context.getLogger("org.postgresql"));
        List<Level> before = talkative.stream().map(Logger::getLevel).toList();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(context);
        captured.start();
        root.addAppender(captured);
        talkative.forEach(l -> l.setLevel(Level.DEBUG));
        String url = "jdbc:h2:mem:credentials_test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        try (Kuzet opened = Kuzet.open(new DatabaseSettings(url, "owner", "the-owners-password"),
                java.time.Clock.systemUTC())) {
            assertThatThrownBy(() -> Kuzet.open(new DatabaseSettings(url, "owner", SECRET), java.time.Clock.systemUTC()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("Cannot connect to jdbc:h2:mem:credentials_test")
                    .satisfies(e -> assertThat(fullText(e)).doesNotContain(SECRET));
        } finally {
            for (int i = 0; i < talkative.size(); i++) {
                talkative.get(i).setLevel(before.get(i));
            }
            root.detachAppender(captured);
        }
        List<ILoggingEvent> events = List.copyOf(captured.list);
        assertThat(events).isNotEmpty();
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).doesNotContain(SECRET).doesNotContain("the-owners-password");
            if (e.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(e.getThrowableProxy())).doesNotContain(SECRET);
            }
        });
    }

    private static String fullText(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            s.append(t).append('\n');
        }
        return s.toString();
    }
}
