package kz.kuzet.report;

import java.util.Optional;
import java.util.Set;

/**
 * Which state bodies gave STS their quarterly annex (R-12.c). Empty when the annex register is not available in
 * this database, so a summary says "unknown" rather than listing every body as missing.
 */
public interface AnnexSubmissions {

    /** The codes of the state bodies that submitted their annex for the quarter. */
    Optional<Set<String>> submittedBodyCodes(Quarter quarter);
}
