package kz.kuzet.report;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Compiles the JRXML templates under {@code /reports} once (on first use, then cached), fills them and exports
 * PDF and page images. The document font is verified before the first template is compiled.
 */
public final class ReportEngine {

    private static final String JDT_COMPILER = "net.sf.jasperreports.jdt.JRJdtCompiler";

    private final JasperReportsContext context;
    /** Compiled templates, shared by every engine in the process: a template is compiled once per run. */
    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();
    private static volatile boolean fontsVerified;

    public ReportEngine() {
        DefaultJasperReportsContext ctx = DefaultJasperReportsContext.getInstance();
        // a missing font must stop the document, never be replaced by a default one
        ctx.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
        if (isPresent(JDT_COMPILER)) {
            ctx.setProperty("net.sf.jasperreports.compiler.java", JDT_COMPILER);
        }
        this.context = ctx;
    }

    /** The compiled template {@code /reports/NAME.jrxml}. */
    public JasperReport template(String name) {
        verifyFonts();
        return COMPILED.computeIfAbsent(name, this::compile);
    }

    public JasperPrint fill(String name, Map<String, Object> parameters, JRDataSource rows) {
        try {
            return JasperFillManager.getInstance(context).fill(template(name), parameters, rows);
        } catch (JRException e) {
            throw new ReportException("Could not fill the document '" + name + "': " + e.getMessage(), e);
        }
    }

    /** One PDF of the given prints, one after the other. */
    public byte[] pdf(List<JasperPrint> prints, String title) {
        JRPdfExporter exporter = new JRPdfExporter(context);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
        config.setMetadataTitle(title);
        config.setMetadataCreator("Kuzet");
        config.setDisplayMetadataTitle(true);
        exporter.setConfiguration(config);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportException("Could not write the PDF '" + title + "': " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The pages as images, for a preview; zoom 1.0 is 72 dpi. */
    public List<BufferedImage> pageImages(List<JasperPrint> prints, float zoom) {
        List<BufferedImage> pages = new ArrayList<>();
        try {
            for (JasperPrint print : prints) {
                for (int i = 0; i < print.getPages().size(); i++) {
                    pages.add((BufferedImage) JasperPrintManager.getInstance(context).printToImage(print, i, zoom));
                }
            }
        } catch (JRException e) {
            throw new ReportException("Could not draw the pages: " + e.getMessage(), e);
        }
        return pages;
    }

    /** The SHA-256 of a document, in hex, as the audit trail records it. */
    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] png(RenderedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void verifyFonts() {
        if (!fontsVerified) {
            ReportFonts.verify(context);
            fontsVerified = true;
        }
    }

    private JasperReport compile(String name) {
        String path = "/reports/" + name + ".jrxml";
        try (InputStream in = ReportEngine.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ReportException("The document template " + path + " is missing from the installation.", null);
            }
            return JasperCompileManager.getInstance(context).compile(in);
        } catch (JRException e) {
            throw new ReportException("The document template " + path + " does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, ReportEngine.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
