package kz.kuzet.security;

/** A log-in was refused: wrong user name or password, or a locked or disabled account. */
public class LogInFailedException extends RuntimeException {
    public LogInFailedException(String message) {
        super(message);
    }
}
