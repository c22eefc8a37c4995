package kz.kuzet.report;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontFamily;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

    @Test
    void theInstalledFontIsEmbeddedAndDrawsEveryKazakhAndRussianLetter() {
        assertThatCode(() -> ReportFonts.verify(DefaultJasperReportsContext.getInstance())).doesNotThrowAnyException();
    }

    @Test
    void withoutTheFontExtensionNoDocumentIsMade() {
        assertThatThrownBy(() -> ReportFonts.verify(new WithoutFonts())).isInstanceOf(MissingFontException.class)
                .hasMessageContaining("DejaVu Sans").hasMessageContaining("jasperreports-fonts");
    }

    /** The installed context as it would be with the font extension jar missing from the class path. */
    private static final class WithoutFonts implements JasperReportsContext {
        private final JasperReportsContext installed = DefaultJasperReportsContext.getInstance();

        @Override
        public <T> List<T> getExtensions(Class<T> type) {
            return type == FontFamily.class ? List.of() : installed.getExtensions(type);
        }

        @Override
        public Object getValue(String key) { return installed.getValue(key); }
        @Override
        public Object getOwnValue(String key) { return installed.getOwnValue(key); }
        @Override
        public void setValue(String key, Object value) { throw new UnsupportedOperationException(); }
        @Override
        public String getProperty(String key) { return installed.getProperty(key); }
        @Override
        public void setProperty(String key, String value) { throw new UnsupportedOperationException(); }
        @Override
        public void removeProperty(String key) { throw new UnsupportedOperationException(); }
        @Override
        public Map<String, String> getProperties() { return installed.getProperties(); }
    }
}
