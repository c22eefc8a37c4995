package kz.kuzet.ingest.parse;

import java.util.List;
import java.util.Random;

/** Gives the fuzz seeds and mutation to tests in other packages. */
public final class ParserFuzzTestSeeds {
    private ParserFuzzTestSeeds() {
    }

    public static List<String> seeds() {
        return ParserFuzzTest.SEEDS;
    }

    public static String mutate(String s, Random rnd) {
        return ParserFuzzTest.mutate(s, rnd);
    }
}
