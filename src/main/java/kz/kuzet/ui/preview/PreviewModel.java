package kz.kuzet.ui.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import kz.kuzet.ui.console.Background;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.Note;

/**
 * One document in the preview: its PDF (made or read on the document thread), the page shown, the zoom, and
 * what is happening. Saving writes exactly the bytes previewed; printing draws the same pages for the printer.
 */
public final class PreviewModel implements AutoCloseable {

    /** The zoom steps; 100 % is the page at its real size on a 96 dpi screen. */
    static final double[] ZOOMS = {0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0};
    static final float SCREEN_DPI = 96;

    private final String title;
    private final String fileName;
    private final Callable<byte[]> source;
    private final Background worker;
    private final boolean ownWorker;
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Note> note = new SimpleObjectProperty<>();
    private volatile byte[] pdf;
    private PdfPages pages;
    private double outputScale = 1.0;
    private volatile int drawing;

    /**
     * @param title    what the window says it shows (e.g. the registration number)
     * @param fileName the name offered when saving
     * @param source   makes or reads the PDF; runs on the document thread
     */
    public PreviewModel(String title, String fileName, Callable<byte[]> source, Background worker) {
        this.title = title;
        this.fileName = fileName;
        this.source = source;
        this.ownWorker = worker == null;
        this.worker = worker == null ? new Background("kuzet-documents") : worker;
    }

    /** Makes (or reads) the document and draws its first page. */
    public void load() {
        busy.set(true);
        note.set(Note.info("preview.loading"));
        worker.submit(() -> {
            byte[] bytes = source.call();
            return new Object[] {bytes, PdfPages.of(bytes)};
        }, loaded -> {
            pdf = (byte[]) loaded[0];
            pages = (PdfPages) loaded[1];
            pageCount.set(pages.count());
            page.set(0);
            draw();
        }, e -> {
            busy.set(false);
            note.set(Note.error("preview.error.load", ConsoleModel.reason(e)));
        });
    }

    /** Draws the page shown at the zoom shown; a newer request replaces an older one still waiting. */
    private void draw() {
        if (pages == null) {
            return;
        }
        int index = page.get();
        float dpi = (float) (SCREEN_DPI * zoom.get() * outputScale);
        int request = ++drawing;
        busy.set(true);
        note.set(Note.info("preview.drawing", index + 1, pageCount.get()));
        PdfPages drawnFrom = pages;
        worker.submit(() -> request == drawing ? FxImages.of(drawnFrom.render(index, dpi)) : null, drawn -> {
            if (request != drawing) {
                return;
            }
            busy.set(false);
            note.set(null);
            image.set(drawn);
        }, e -> {
            busy.set(false);
            note.set(Note.error("preview.error.draw", index + 1, ConsoleModel.reason(e)));
        });
    }

    public void next() {
        go(page.get() + 1);
    }

    public void previous() {
        go(page.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(pageCount.get() - 1);
    }

    public void go(int index) {
        int to = Math.max(0, Math.min(index, pageCount.get() - 1));
        if (pages != null && to != page.get()) {
            page.set(to);
            draw();
        }
    }

    public void zoomIn() {
        for (double z : ZOOMS) {
            if (z > zoom.get() + 1e-6) {
                setZoom(z);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = ZOOMS.length - 1; i >= 0; i--) {
            if (ZOOMS[i] < zoom.get() - 1e-6) {
                setZoom(ZOOMS[i]);
                return;
            }
        }
    }

    public void setZoom(double value) {
        if (value != zoom.get()) {
            zoom.set(value);
            draw();
        }
    }

    /** The screen's pixels per point of layout (2 on a HiDPI screen), so pages are drawn sharp. */
    public void setOutputScale(double scale) {
        if (scale > 0 && scale != outputScale) {
            outputScale = scale;
            draw();
        }
    }

    /** Writes the document, byte for byte as previewed, to the file (replacing it only once fully written). */
    public void save(Path target) {
        byte[] bytes = pdf;
        if (bytes == null || target == null) {
            return;
        }
        busy.set(true);
        worker.submit(() -> {
            Path absolute = target.toAbsolutePath();
            Path folder = absolute.getParent();
            Path partial = Files.createTempFile(folder, ".kuzet-", ".pdf.part");
            try {
                Files.write(partial, bytes);
                Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return absolute;
        }, saved -> {
            busy.set(false);
            note.set(Note.info("preview.saved", saved.toString()));
        }, e -> {
            busy.set(false);
            note.set(Note.error("preview.error.save", target.toString(), ConsoleModel.reason(e)));
        });
    }

    /** Sends every page to the printer job the person confirmed. */
    public void print(PagePrinter.Job job) {
        if (job == null || pages == null) {
            return;
        }
        busy.set(true);
        note.set(Note.info("preview.printing", pageCount.get()));
        PdfPages printed = pages;
        worker.submit(() -> {
            job.print(printed);
            return printed.count();
        }, n -> {
            busy.set(false);
            note.set(Note.info("preview.printed", n));
        }, e -> {
            busy.set(false);
            note.set(Note.error("preview.error.print", ConsoleModel.reason(e)));
        });
    }

    /** Something the view could not do itself (no printer, …), said in the preview's words. */
    public void fail(String key, Object... args) {
        note.set(Note.error(key, args));
    }

    /** The document as previewed, once loaded. */
    public byte[] pdf() {
        return pdf;
    }

    public PdfPages pages() {
        return pages;
    }

    public Background worker() {
        return worker;
    }

    public String title() { return title; }
    public String fileName() { return fileName; }
    public IntegerProperty pageProperty() { return page; }
    public IntegerProperty pageCountProperty() { return pageCount; }
    public DoubleProperty zoomProperty() { return zoom; }
    public ObjectProperty<Image> imageProperty() { return image; }
    public BooleanProperty busyProperty() { return busy; }
    public ObjectProperty<Note> noteProperty() { return note; }
    public double outputScale() { return outputScale; }

    @Override
    public void close() {
        PdfPages open = pages;
        pages = null;
        if (open != null) {
            worker.submit(() -> {
                open.close();
                return null;
            }, x -> { }, e -> { });
        }
        if (ownWorker) {
            worker.submit(() -> null, x -> worker.close(), e -> worker.close());
        }
    }
}
