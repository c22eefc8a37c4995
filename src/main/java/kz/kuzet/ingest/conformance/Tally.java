package kz.kuzet.ingest.conformance;

import java.util.ArrayList;
import java.util.List;

/** One corpus's comparison: how many cases, how many agree, and what differs (with our choice). */
final class Tally {
    final String format;
    final String corpus;
    int cases;
    int agree;
    final List<String> differences = new ArrayList<>();
    final List<String> choices = new ArrayList<>();

    Tally(String format, String corpus) {
        this.format = format;
        this.corpus = corpus;
    }

    void agree() {
        cases++;
        agree++;
    }

    void differ(String what) {
        cases++;
        differences.add(what);
    }

    void choice(String note) {
        if (!choices.contains(note)) {
            choices.add(note);
        }
    }

    int differ() {
        return cases - agree;
    }
}
