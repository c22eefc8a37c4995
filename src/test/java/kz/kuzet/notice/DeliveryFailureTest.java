package kz.kuzet.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outbox's stored SMTP errors, as Angus Mail words them, sorted into what a person can act on. */
class DeliveryFailureTest {

    @Test
    void eachKindOfSmtpErrorIsRecognised() {
        assertThat(DeliveryFailure.of("Couldn't connect to host, port: 127.0.0.1, 2; timeout -1"))
                .isEqualTo(DeliveryFailure.UNREACHABLE);
        assertThat(DeliveryFailure.of("535 5.7.8 Authentication credentials invalid")).isEqualTo(DeliveryFailure.AUTH);
        assertThat(DeliveryFailure.of("PKIX path building failed: unable to find valid certification path"))
                .isEqualTo(DeliveryFailure.TLS);
        assertThat(DeliveryFailure.of("Read timed out")).isEqualTo(DeliveryFailure.TIMEOUT);
        assertThat(DeliveryFailure.of("Invalid Addresses; 550 5.1.1 <x@y> Recipient address rejected"))
                .isEqualTo(DeliveryFailure.RECIPIENT);
        assertThat(DeliveryFailure.of("451 4.3.0 Mail server temporarily rejected message"))
                .isEqualTo(DeliveryFailure.OTHER);
        assertThat(DeliveryFailure.of(null)).isEqualTo(DeliveryFailure.OTHER);
        assertThat(DeliveryFailure.TLS.key()).isEqualTo("tls");
    }
}
