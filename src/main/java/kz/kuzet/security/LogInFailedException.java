package kz.kuzet.security;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.kuzet.text.Explained;

/** A log-in was refused: wrong user name or password, or a locked or disabled account. */
public class LogInFailedException extends RuntimeException implements Explained {

    /** Why, as the person at the keyboard may be told (an unknown user reads like a wrong password). */
    public enum Refusal { WRONG_CREDENTIALS, LOCKED, NOW_LOCKED }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Almaty"));

    private final Refusal refusal;
    private final String user;
    private final Instant lockedUntil;
    private final int failures;

    public LogInFailedException(String message) {
        this(Refusal.WRONG_CREDENTIALS, null, null, 0, message);
    }

    LogInFailedException(Refusal refusal, String user, Instant lockedUntil, int failures, String message) {
        super(message);
        this.refusal = refusal;
        this.user = user;
        this.lockedUntil = lockedUntil;
        this.failures = failures;
    }

    public Refusal refusal() {
        return refusal;
    }

    @Override
    public String message(Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle("kz.kuzet.i18n.security", locale);
        return switch (refusal) {
            case WRONG_CREDENTIALS -> words.getString("login.refused.wrong");
            case LOCKED -> MessageFormat.format(words.getString("login.refused.locked"), user,
                    LOCAL.format(lockedUntil));
            case NOW_LOCKED -> MessageFormat.format(words.getString("login.refused.now_locked"), user,
                    LOCAL.format(lockedUntil), failures);
        };
    }
}
