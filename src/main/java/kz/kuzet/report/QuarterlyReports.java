package kz.kuzet.report;

/** The quarterly summaries: figures from the data, laid out as a PDF in Kazakh or Russian. */
public final class QuarterlyReports {

    private final QuarterlySummaryService summaries;
    private final QuarterlyRenderer renderer;

    public QuarterlyReports(QuarterlySummaryService summaries, QuarterlyRenderer renderer) {
        this.summaries = summaries;
        this.renderer = renderer;
    }

    public QuarterlySummary compute(Quarter quarter, SummaryKind kind) {
        return summaries.compute(quarter, kind);
    }

    public byte[] pdf(QuarterlySummary summary, String language, QuarterlyRenderer.Signer signer) {
        return renderer.pdf(summary, language, signer);
    }
}
