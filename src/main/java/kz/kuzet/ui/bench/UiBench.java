package kz.kuzet.ui.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import kz.kuzet.app.Kuzet;
import kz.kuzet.clock.ClockState;
import kz.kuzet.incident.RecordFilter;
import kz.kuzet.incident.RecordSummary;
import kz.kuzet.incident.Severity;
import kz.kuzet.ui.console.ConsoleModel;
import kz.kuzet.ui.console.ConsoleWindow;
import kz.kuzet.ui.console.Screen;

/**
 * {@code kuzet bench ui}: fills a database with many new detections and open records, opens the real console
 * headless and measures the first paint of each queue, sort and filter times, and what ticking costs. A
 * benchmark: it prints figures, it asserts nothing.
 */
public final class UiBench {

    /** One measured figure. */
    public record Figure(String what, double value, String unit, String target, Double fxCpuMs) {
        Figure(String what, double value, String unit, String target) {
            this(what, value, unit, target, null);
        }
    }

    private final Kuzet kuzet;
    private final int detections;
    private final int records;
    private final int tickSeconds;
    private final List<Figure> figures = new ArrayList<>();
    private ConsoleModel console;
    private ConsoleWindow window;

    public UiBench(Kuzet kuzet, int detections, int records, int tickSeconds) {
        this.kuzet = kuzet;
        this.detections = detections;
        this.records = records;
        this.tickSeconds = tickSeconds;
    }

    /** Chooses the headless (Monocle) platform unless a display is wanted; call before JavaFX starts. */
    public static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    public List<Figure> run() throws Exception {
        long t = System.nanoTime();
        BenchData.fill(kuzet.database().dataSource(), 20, 100, detections, records, kuzet.clock().instant());
        figures.add(new Figure("fill database (" + detections + " detections, " + records + " records)",
                ms(t), "ms", "-"));
        figures.add(cpuTimed("new detections: database query + grouping alone",
                () -> kuzet.queues().newDetections(kz.kuzet.security.Actor.system("bench"), kz.kuzet.ui.detections.DetectionsModel.GROUP_LIMIT)));
        figures.add(cpuTimed("records: database query alone", () -> kuzet.queues().records(kz.kuzet.security.Actor.system("bench"), RecordFilter.OPEN,
                kuzet.clock().instant(), kz.kuzet.ui.records.RecordsModel.LIMIT)));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        fx(() -> {
            console = new ConsoleModel(Clock.systemUTC(), kz.kuzet.security.Actor.system("bench"), "en");
            window = new ConsoleWindow(console);
            Stage stage = new Stage();
            Scene scene = window.scene(1280, 800);
            stage.setScene(scene);
            stage.show();
            console.attach(kuzet);
            return null;
        });

        long start = System.nanoTime();
        fx(() -> {
            window.detections().refresh();
            return null;
        });
        waitFor(() -> window.detections().loads() > 0);
        paint();
        figures.add(new Figure("new detections: first paint (query + group + table)", ms(start), "ms", "< 1000"));

        start = System.nanoTime();
        fx(() -> {
            window.screenProperty().set(Screen.RECORDS);
            window.records().refresh();
            return null;
        });
        waitFor(() -> fxGet(() -> window.records().all().size()) >= records);
        paint();
        figures.add(new Figure("records: first paint (query + table)", ms(start), "ms", "< 1000"));

        TableView<RecordSummary> table = fxGet(() -> window.view().recordsView().table());
        for (int i : new int[] {1, 8, 0}) {
            TableColumn<RecordSummary, ?> column = fxGet(() -> table.getColumns().get(i));
            String name = fxGet(column::getText);
            figures.add(timed("records: sort by " + name, () -> {
                table.getSortOrder().setAll(column);
                table.sort();
                table.layout();
            }));
        }
        figures.add(timed("records: filter severity=High", () -> setFilter(
                new RecordFilter(null, Severity.HIGH, null, null, null, null, null))));
        figures.add(timed("records: filter clock state=Overdue", () -> setFilter(
                new RecordFilter(null, null, null, null, null, ClockState.OVERDUE, null))));
        figures.add(timed("records: text search 'phishing'", () -> setFilter(
                new RecordFilter(null, null, null, null, null, null, "phishing"))));
        figures.add(timed("records: clear filter", () -> setFilter(RecordFilter.OPEN)));

        figures.add(tickShare("records screen"));
        fx(() -> {
            window.screenProperty().set(Screen.DETECTIONS);
            return null;
        });
        paint();
        figures.add(tickShare("new detections screen"));
        fx(() -> {
            console.close();
            return null;
        });
        Platform.exit();
        return figures;
    }

    private void setFilter(RecordFilter filter) {
        window.records().filterProperty().set(filter);
        window.view().recordsView().table().layout();
    }

    /** The JavaFX thread's CPU time while the console ticks, as a share of one core. */
    private Figure tickShare(String screen) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = fxGet(() -> Thread.currentThread().getId());
        fx(() -> {
            console.startTicking();
            return null;
        });
        Thread.sleep(1500);
        long cpu0 = threads.getThreadCpuTime(fxThread);
        long wall0 = System.nanoTime();
        Thread.sleep(tickSeconds * 1000L);
        long cpu1 = threads.getThreadCpuTime(fxThread);
        long wall1 = System.nanoTime();
        fx(() -> {
            console.stopTicking();
            return null;
        });
        return new Figure("ticking, " + screen + ": JavaFX thread CPU (incl. rendering)",
                100.0 * (cpu1 - cpu0) / (wall1 - wall0), "% of one core", "< 5");
    }

    private void paint() throws Exception {
        fx(() -> {
            Scene scene = window.view().root().getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.snapshot(null);
            return null;
        });
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The console did not load its data within 5 minutes");
            }
            Thread.sleep(5);
        }
    }

    private static double[] timeFx(Runnable work) {
        return fxGet(() -> {
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            return new double[] {ms(t), (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e6};
        });
    }

    /** Wall time and this thread's CPU time of work on the calling (non-JavaFX) thread. */
    private static Figure cpuTimed(String what, Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        work.run();
        return new Figure(what, ms(t), "ms", "-", (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
    }

    private static Figure timed(String what, Runnable work) {
        double[] t = timeFx(work);
        return new Figure(what, t[0], "ms", "< 200", t[1]);
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        return fxGet(work);
    }

    private static <T> T fxGet(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(5, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Benchmark step failed: " + e.getMessage(), e);
        }
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    public static void print(PrintWriter out, List<Figure> figures) {
        out.printf("%-64s %10s  %-14s %-8s %s%n", "measure", "value", "unit", "target", "thread CPU ms");
        for (Figure f : figures) {
            out.printf("%-64s %10.1f  %-14s %-8s %s%n", f.what(), f.value(), f.unit(), f.target(),
                    f.fxCpuMs() == null ? "" : String.format("%.1f", f.fxCpuMs()));
        }
        out.printf("(load average at the end: %.1f on %d cores)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.flush();
    }
}
