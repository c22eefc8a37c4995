package kz.kuzet.notice;

import java.util.Locale;

/** Where and how notices are e-mailed. */
public record MailSettings(String host, int port, Security security, String user, String password, String from,
        String trustedHosts, TrustStore trustStore) {

    /** A PKCS#12 (or JKS) file of the certificates to trust for the SMTP server, instead of the Java trust store. */
    public record TrustStore(java.nio.file.Path file, char[] password) {
    }

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
     *                     certificate), space-separated; null: only certificates the trust store accepts
     * @param trustStore   a file of certificates to trust (smtp.truststore), e.g. the office relay's own; null:
     *                     the Java trust store
     */
    static MailSettings of(String host, String port, String security, String user, String password, String from,
            String trustedHosts, String trustStore, String trustStorePassword) {
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
        TrustStore store = trustStore == null || trustStore.isBlank() ? null
                : new TrustStore(java.nio.file.Path.of(trustStore.trim()),
                        trustStorePassword == null ? new char[0] : trustStorePassword.toCharArray());
        return new MailSettings(host.trim(), p, sec, blankToNull(user), password, from.trim(),
                blankToNull(trustedHosts), store);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
