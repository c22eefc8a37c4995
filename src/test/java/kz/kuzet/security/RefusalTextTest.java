package kz.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kuzet.text.Explained;
import org.junit.jupiter.api.Test;

/** Refusals and log-in failures read in the console's language; the English message stays for the trail. */
class RefusalTextTest {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static AccessDeniedException refusal(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aRoleRefusalNamesWhoAndWhatInEachLanguage() {
        Actor auditor = Actor.user("aigerim", Role.AUDITOR, null, null);
        AccessDeniedException e = refusal(() -> AccessPolicy.require(auditor, Permission.NOTICE_SEND));

        assertThat(e.getMessage()).isEqualTo("aigerim (auditor) may not send notices: the auditor role does not"
                + " include it.");
        assertThat(e.message(Locale.ENGLISH)).startsWith("aigerim (auditor) may not send notices: the auditor role");
        assertThat(e.message(RU)).isEqualTo("aigerim (аудитор): нельзя отправлять уведомления — роль «аудитор»"
                + " этого не включает. Если это нужно для работы, обратитесь к администратору.");
        assertThat(e.message(KK)).startsWith("aigerim (аудитор): хабарламаларды жіберу мүмкін емес");
    }

    @Test
    void aCoordinatorOnAnotherBodysDataIsToldWhoseItIs() {
        Actor coordinator = Actor.user("serik", Role.COORDINATOR, 4L, "MF");
        AccessDeniedException e = refusal(() -> AccessPolicy.requireForBody(coordinator,
                Permission.REGISTRY_CHANGE, 9L, "MZ", "sensor 3"));

        assertThat(e.refusal()).isEqualTo(AccessDeniedException.Refusal.OTHER_BODY);
        assertThat(e.message(RU)).contains("serik (координатор по кибербезопасности, MF)", "изменять реестр",
                "государственному органу MZ", "только для MF");
        assertThat(e.message(KK)).contains("тізілімді өзгерту", "MZ мемлекеттік органына", "тек MF үшін");
        assertThat(refusal(() -> AccessPolicy.requireAllBodies(coordinator, Permission.RECORD_READ, "the summary"))
                .message(RU)).contains("всех государственных органов");
    }

    @Test
    void everyRoleAndPermissionHasItsWordsInEachLanguage() {
        for (Locale locale : new Locale[] {Locale.ROOT, KK, RU}) {
            ResourceBundle words = ResourceBundle.getBundle("kz.kuzet.i18n.security", locale);
            for (Role role : Role.values()) {
                assertThat(words.getString("role." + role.id())).isNotBlank();
            }
            for (Permission p : Permission.values()) {
                assertThat(words.getString("permission." + p.id())).isNotBlank();
            }
        }
    }

    @Test
    void aLockedAccountIsToldUntilWhenInAlmatyTime() {
        LogInFailedException e = new LogInFailedException(LogInFailedException.Refusal.NOW_LOCKED, "dana",
                Instant.parse("2026-12-07T05:15:00Z"), 5, "Wrong password. Account 'dana' is now locked …");

        assertThat(e.message(RU)).isEqualTo("Неверный пароль. Учётная запись dana заблокирована до 2026-12-07 10:15"
                + " (UTC+5) после 5 неудачных входов подряд; администратор может разблокировать её раньше.");
        assertThat(e.message(KK)).contains("2026-12-07 10:15", "5 сәтсіз");
        assertThat(new LogInFailedException("Wrong user name or password.").message(KK))
                .isEqualTo("Пайдаланушы аты немесе құпиясөз қате.");
    }

    @Test
    void theExplainedFailureIsFoundUnderItsWrappers() {
        Actor analyst = Actor.user("ana", Role.ANALYST, null, null);
        AccessDeniedException denied = refusal(() -> AccessPolicy.require(analyst, Permission.USER_MANAGE));
        RuntimeException wrapped = new IllegalStateException("wrapper", new RuntimeException(denied));

        assertThat(Explained.of(wrapped, RU)).isEqualTo(denied.message(RU));
        assertThat(Explained.of(new IllegalStateException("outer", new IllegalArgumentException("root cause")), RU))
                .isEqualTo("root cause");
        assertThatThrownBy(() -> AccessPolicy.require(analyst, Permission.USER_MANAGE))
                .isInstanceOf(Explained.class);
    }
}
