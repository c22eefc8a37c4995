package kz.kuzet.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrintLayoutTest {

    private static final double A4_W = 595.28;
    private static final double A4_H = 841.89;

    @Test
    void anA4PageIsShrunkToThePrintableAreaKeepingItsProportions() {
        // A4 paper with the usual 0.75 inch (54 pt) margins: the width limits
        PrintLayout.Placement p = PrintLayout.fit(A4_W, A4_H, A4_W - 108, A4_H - 108);

        assertThat(p.scale()).isCloseTo((A4_W - 108) / A4_W, within(1e-9));
        assertThat(p.width()).isCloseTo(A4_W - 108, within(1e-9));
        assertThat(p.height()).isLessThan(A4_H - 108);
        assertThat(p.width() / p.height()).isCloseTo(A4_W / A4_H, within(1e-9));
        assertThat(p.x()).isCloseTo(0, within(1e-9));
        assertThat(p.y()).isZero();
    }

    @Test
    void aPageLimitedByTheHeightIsCentredAcross() {
        PrintLayout.Placement p = PrintLayout.fit(A4_W, A4_H, 560, 700);

        assertThat(p.scale()).isCloseTo(700 / A4_H, within(1e-9));
        assertThat(p.height()).isCloseTo(700, within(1e-9));
        assertThat(p.x()).isCloseTo((560 - p.width()) / 2, within(1e-9)).isPositive();
    }

    @Test
    void aPageThatFitsIsPrintedAtItsRealSize() {
        PrintLayout.Placement p = PrintLayout.fit(420, 595, 560, 800);

        assertThat(p.scale()).isEqualTo(1.0);
        assertThat(p.width()).isEqualTo(420);
        assertThat(p.height()).isEqualTo(595);
        assertThat(p.x()).isEqualTo(70);
    }

    @Test
    void aWidePageIsLimitedByTheWidth() {
        PrintLayout.Placement p = PrintLayout.fit(A4_H, A4_W, 700, 500);

        assertThat(p.width()).isCloseTo(700, within(1e-9));
        assertThat(p.height()).isLessThanOrEqualTo(500);
        assertThat(p.x()).isCloseTo(0, within(1e-9));
    }

    @Test
    void thePageImageIsDrawnFineEnoughForThePrinterButNotWastefully() {
        assertThat(PrintLayout.imageDpi(600, 0.87)).isEqualTo(300f);
        assertThat(PrintLayout.imageDpi(200, 0.9)).isEqualTo(180f);
        assertThat(PrintLayout.imageDpi(72, 1.0)).isEqualTo(150f);
        assertThat(PrintLayout.imageDpi(0, 1.0)).isEqualTo(150f);
    }

    @Test
    void sizesMustBePositive() {
        assertThatThrownBy(() -> PrintLayout.fit(0, 10, 10, 10)).hasMessageContaining("positive");
    }
}
