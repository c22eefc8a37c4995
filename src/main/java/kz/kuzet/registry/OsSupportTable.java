package kz.kuzet.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The dated table of operating systems' end of vendor support kept in the project
 * ({@code /kz/kuzet/registry/os-end-of-support.txt}), for R-12.d.
 */
public final class OsSupportTable {

    private static final String RESOURCE = "/kz/kuzet/registry/os-end-of-support.txt";

    /** One line of the table; {@code endOfSupport} is empty when the vendor's date was not confirmed. */
    public record Entry(Pattern pattern, String product, Optional<LocalDate> endOfSupport, String source,
            String note) {
    }

    private final LocalDate compiled;
    private final List<String> sources;
    private final List<Entry> entries;

    private OsSupportTable(LocalDate compiled, List<String> sources, List<Entry> entries) {
        this.compiled = compiled;
        this.sources = List.copyOf(sources);
        this.entries = List.copyOf(entries);
    }

    public static OsSupportTable load() {
        try (InputStream in = OsSupportTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The OS end-of-support table " + RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OsSupportTable parse(List<String> lines) {
        LocalDate compiled = null;
        List<String> sources = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        boolean inSources = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("#")) {
                String c = t.substring(1).strip();
                if (c.startsWith("compiled:")) {
                    compiled = LocalDate.parse(c.substring("compiled:".length()).strip());
                    inSources = false;
                } else if (c.startsWith("sources:")) {
                    sources.add(c.substring("sources:".length()).strip());
                    inSources = true;
                } else if (inSources && line.startsWith("#   ")) {
                    sources.add(c);
                } else {
                    inSources = false;
                }
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            String[] f = t.split("\\s+\\|(\\s+|$)", -1);
            if (f.length < 4) {
                throw new IllegalStateException("Bad line in the OS end-of-support table: " + line);
            }
            String date = f[2].strip();
            entries.add(new Entry(Pattern.compile(f[0].strip(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    f[1].strip(), date.equals("unknown") ? Optional.empty() : Optional.of(LocalDate.parse(date)),
                    f[3].strip(), f.length > 4 ? f[4].strip() : ""));
        }
        if (compiled == null) {
            throw new IllegalStateException("The OS end-of-support table has no 'compiled:' date");
        }
        return new OsSupportTable(compiled, sources, entries);
    }

    public Optional<Entry> match(String operatingSystem) {
        if (operatingSystem == null || operatingSystem.isBlank()) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.pattern().matcher(operatingSystem).find()).findFirst();
    }

    public LocalDate compiled() { return compiled; }
    public List<String> sources() { return sources; }
    public List<Entry> entries() { return entries; }
}
