package kz.kuzet.notice;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Date;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** Sends one notice by SMTP with its PDF attached. Throws {@link MessagingException} when the server refuses. */
final class NoticeMailer {

    record Letter(String recipients, String subject, String body, String fileName, byte[] pdf) {
    }

    private static final String TIMEOUT_MS = "20000";

    void send(MailSettings s, Letter letter) throws MessagingException {
        Properties p = new Properties();
        String prefix = s.security() == MailSettings.Security.TLS ? "mail.smtps." : "mail.smtp.";
        p.put(prefix + "host", s.host());
        p.put(prefix + "port", Integer.toString(s.port()));
        p.put(prefix + "connectiontimeout", TIMEOUT_MS);
        p.put(prefix + "timeout", TIMEOUT_MS);
        p.put(prefix + "writetimeout", TIMEOUT_MS);
        p.put(prefix + "auth", Boolean.toString(s.user() != null));
        if (s.security() == MailSettings.Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (s.security() != MailSettings.Security.NONE) {
            // a host the administrator listed in smtp.trust is taken as it is: its own certificate, its own name
            p.put(prefix + "ssl.checkserveridentity", Boolean.toString(s.trustedHosts() == null));
            if (s.trustedHosts() != null) {
                p.put(prefix + "ssl.trust", s.trustedHosts());
            }
            if (s.trustStore() != null) {
                p.put(prefix + "ssl.socketFactory", socketFactory(s.trustStore()));
            }
        }
        Authenticator auth = s.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(s.user(), s.password() == null ? "" : s.password());
            }
        };
        Session session = Session.getInstance(p, auth);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(s.from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(letter.recipients(), true));
        m.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(letter.body(), StandardCharsets.UTF_8.name());
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(letter.pdf(), "application/pdf")));
        attachment.setFileName(letter.fileName());
        MimeMultipart multipart = new MimeMultipart();
        multipart.addBodyPart(text);
        multipart.addBodyPart(attachment);
        m.setContent(multipart);
        m.saveChanges();
        String protocol = s.security() == MailSettings.Security.TLS ? "smtps" : "smtp";
        try (Transport transport = session.getTransport(protocol)) {
            if (s.user() == null) {
                transport.connect();
            } else {
                transport.connect(s.host(), s.port(), s.user(), s.password() == null ? "" : s.password());
            }
            transport.sendMessage(m, m.getAllRecipients());
        }
    }

    /** Sockets that trust exactly the certificates in the configured trust store (STARTTLS and TLS alike). */
    static SSLSocketFactory socketFactory(MailSettings.TrustStore store) throws MessagingException {
        try (InputStream in = Files.newInputStream(store.file())) {
            KeyStore keys = KeyStore.getInstance(store.file().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".jks") ? "JKS" : "PKCS12");
            keys.load(in, store.password());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(keys);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new MessagingException("The SMTP trust store " + store.file() + " (smtp.truststore) cannot be "
                    + "read: " + e.getMessage() + ". Check the file and smtp.truststore.password.", e);
        }
    }
}
