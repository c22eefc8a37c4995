package kz.kuzet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTextTest {

    @Test
    void recordedTextCannotSendEscapeSequencesToTheTerminal() {
        assertThat(AuditCommand.printable("{\"title\":\"\u001b[31mred\u0007\nnext\"}"))
                .isEqualTo("{\"title\":\"?[31mred??next\"}");
        assertThat(AuditCommand.printable(null)).isEmpty();
        assertThat(AuditCommand.printable("Қаржы министрлігі")).isEqualTo("Қаржы министрлігі");
    }
}
