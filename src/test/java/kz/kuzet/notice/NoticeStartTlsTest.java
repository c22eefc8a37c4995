package kz.kuzet.notice;

import static kz.kuzet.notice.NoticeFixture.ADMIN;
import static kz.kuzet.notice.NoticeFixture.ANALYST;
import static kz.kuzet.notice.NoticeFixture.LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.RecordKind;
import kz.kuzet.testing.MutableClock;
import kz.kuzet.testing.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.subethamail.smtp.server.SMTPServer;

/**
 * STARTTLS against a server that really offers it (SubEthaSMTP): its certificate is made here, self-signed, and
 * trusted only through the trust store configured in {@code smtp.truststore}.
 */
class NoticeStartTlsTest {

    private static final char[] SERVER_PASSWORD = "server-pass".toCharArray();
    private static final String TRUST_PASSWORD = "trust-pass";

    @TempDir
    static Path keys;
    static Path serverStore;
    static Path trustStore;

    /** What the server received and how. */
    record Arrival(String from, String to, byte[] data, boolean tls, String protocol) {
    }

    private final List<Arrival> arrived = new CopyOnWriteArrayList<>();
    private SMTPServer server;

    @BeforeAll
    static void makeCertificate() throws Exception {
        serverStore = keys.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "smtp", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost, O=Kuzet test relay", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", serverStore.toString(),
                "-storepass", new String(SERVER_PASSWORD), "-keypass", new String(SERVER_PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore server = load(serverStore, SERVER_PASSWORD);
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("office-relay", server.getCertificate("smtp"));
        trustStore = keys.resolve("smtp-trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trusted.store(out, TRUST_PASSWORD.toCharArray());
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theNoticeArrivesOverStartTlsWithTheCertificateFromTheConfiguredTrustStore() throws Exception {
        startServer(true);
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            configure(kuzet, true);
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            NoticeService.Created created = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB,
                    NoticeLanguage.KK, NoticeFixture.SIGNER);

            NoticeService.SendResult result = kuzet.notices().send(LEAD, created.noticeId());

            assertThat(result.error()).isNull();
            assertThat(result.outcome()).isEqualTo(NoticeService.Outcome.SENT);
            assertThat(arrived).hasSize(1);
            Arrival a = arrived.get(0);
            assertThat(a.tls()).isTrue();
            assertThat(a.protocol()).startsWith("TLSv1.");
            assertThat(a.from()).isEqualTo("nccc@sts.kz");
            assertThat(a.to()).isEqualTo("soc@mtsk.gov.kz");
            byte[] attached = attachment(a.data());
            assertThat(attached).isEqualTo(created.pdf());
            assertThat(PdfText.of(attached).text()).contains(created.registrationNumber());
            assertThat(kuzet.notices().find(ANALYST, created.noticeId()).orElseThrow().getSentAt())
                    .isEqualTo(clock.instant());
        }
    }

    @Test
    void withoutTheTrustStoreTheSelfSignedCertificateIsRefusedAndNothingIsSent() {
        startServer(true);
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            configure(kuzet, false);
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.RU,
                    NoticeFixture.SIGNER).noticeId();

            NoticeService.SendResult result = kuzet.notices().send(LEAD, noticeId);

            assertThat(result.outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            assertThat(result.error()).containsIgnoringCase("certificat");
            assertThat(arrived).isEmpty();
            assertThat(kuzet.notices().pendingOutbox(LEAD)).hasSize(1);
        }
    }

    @Test
    void aServerThatDoesNotOfferStartTlsIsRefusedWhenStartTlsIsRequired() {
        startServer(false);
        MutableClock clock = new MutableClock(NoticeFixture.DETECTED.plusSeconds(600));
        try (Kuzet kuzet = TestEngine.H2.open(clock)) {
            configure(kuzet, true);
            long recordId = NoticeFixture.incident(kuzet, RecordKind.EVENT);
            long noticeId = kuzet.notices().create(ANALYST, recordId, NoticeKind.SB, NoticeLanguage.KK,
                    NoticeFixture.SIGNER).noticeId();

            NoticeService.SendResult result = kuzet.notices().send(LEAD, noticeId);

            assertThat(result.outcome()).isEqualTo(NoticeService.Outcome.QUEUED);
            assertThat(result.error()).contains("STARTTLS");
            assertThat(arrived).isEmpty();
            assertThat(kuzet.notices().find(ANALYST, noticeId).orElseThrow().getSentAt()).isNull();
        }
    }

    private void startServer(boolean offersStartTls) {
        SMTPServer.Builder builder = SMTPServer.port(0).bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .messageHandler((context, from, to, data) -> {
                    var session = (org.subethamail.smtp.server.Session) context;
                    String protocol = session.getSocket() instanceof SSLSocket s ? s.getSession().getProtocol()
                            : null;
                    arrived.add(new Arrival(from, to, data, session.isTLSStarted(), protocol));
                });
        if (offersStartTls) {
            builder.requireTLS().startTlsSocketFactory(serverContext());
        }
        server = builder.build();
        server.start();
    }

    private void configure(Kuzet kuzet, boolean withTrustStore) {
        NoticeSettings s = kuzet.notices().settings();
        s.put(ADMIN, "smtp.host", "127.0.0.1");
        s.put(ADMIN, "smtp.port", Integer.toString(server.getPortAllocated()));
        s.put(ADMIN, "smtp.security", "starttls");
        s.put(ADMIN, "smtp.from", "nccc@sts.kz");
        if (withTrustStore) {
            s.put(ADMIN, "smtp.truststore", trustStore.toString());
            s.put(ADMIN, "smtp.truststore.password", TRUST_PASSWORD);
        }
    }

    private static SSLContext serverContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(load(serverStore, SERVER_PASSWORD), SERVER_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    private static byte[] attachment(byte[] data) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(data));
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if ("application/pdf".equalsIgnoreCase(part.getContentType().split(";")[0].trim())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no PDF attached");
    }
}
