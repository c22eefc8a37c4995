package kz.kuzet.notice;

import java.util.Locale;

/** Where and how notices are e-mailed. */
public record MailSettings(String host, int port, Security security, String user, String password, String from,
        String trustedHosts) {

    public enum Security {
        /** Plain SMTP (only for a relay inside the office network). */
        NONE,
        /** Plain connection upgraded with STARTTLS, required. */
        STARTTLS,
        /** TLS from the first byte (SMTPS). */
        TLS
    }

    /**
     * @param trustedHosts hosts whose certificate is accepted without a CA chain (an office relay with its own
     *                     certificate), space-separated; null: only certificates the Java trust store accepts
     */
    static MailSettings of(String host, String port, String security, String user, String password, String from,
            String trustedHosts) {
        if (host == null || host.isBlank()) {
            throw new IllegalStateException("No SMTP server is configured: set smtp.host (and smtp.port, "
                    + "smtp.security, smtp.from) in the settings, or record the notice as delivered by hand.");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalStateException("No sender address is configured: set smtp.from in the settings.");
        }
        Security sec = security == null || security.isBlank() ? Security.STARTTLS
                : Security.valueOf(security.trim().toUpperCase(Locale.ROOT));
        int p;
        try {
            p = port == null || port.isBlank() ? (sec == Security.TLS ? 465 : 587) : Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("smtp.port '" + port + "' is not a number: give the SMTP port, e.g. 587.");
        }
        return new MailSettings(host.trim(), p, sec, blankToNull(user), password, from.trim(),
                blankToNull(trustedHosts));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
