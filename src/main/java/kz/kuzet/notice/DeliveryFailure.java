package kz.kuzet.notice;

import java.util.Locale;

/**
 * Why an e-mailing failed, in the few kinds a person can act on, read from the error the outbox keeps (the SMTP
 * library's message: the outbox stores text, so text is what there is to read).
 */
public enum DeliveryFailure {
    /** The server refused the log-in: the SMTP user or password is wrong. */
    AUTH,
    /** The secure connection failed: certificate not trusted, TLS not offered. */
    TLS,
    /** The server did not answer in time. */
    TIMEOUT,
    /** No server at that address and port. */
    UNREACHABLE,
    /** The server refused the recipient's address. */
    RECIPIENT,
    /** Anything else; the error itself says more. */
    OTHER;

    public static DeliveryFailure of(String error) {
        String e = error == null ? "" : error.toLowerCase(Locale.ROOT);
        if (e.contains("authentication") || e.contains("535") || e.contains("auth ")) {
            return AUTH;
        }
        if (e.contains("certificate") || e.contains("pkix") || e.contains("ssl") || e.contains("tls")
                || e.contains("handshake")) {
            return TLS;
        }
        if (e.contains("timed out") || e.contains("timeout exceeded")) {
            return TIMEOUT;
        }
        if (e.contains("connection refused") || e.contains("couldn't connect") || e.contains("unknown host")
                || e.contains("unknownhost") || e.contains("no route to host") || e.contains("unreachable")) {
            return UNREACHABLE;
        }
        if (e.contains("invalid addresses") || e.contains("recipient") || e.contains("550") || e.contains("553")) {
            return RECIPIENT;
        }
        return OTHER;
    }

    /** The word of a bundle key: {@code smtp.reason.<key>}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
