package kz.kuzet.report;

import java.util.Optional;
import java.util.Set;
import kz.kuzet.registry.AnnexService;

/**
 * The annex register as the quarterly summary reads it: the registry's own answer
 * ({@link AnnexService#submittedBodyCodesNationwide}), so the summary's "did not submit" list and the quarterly clock agree.
 */
public final class AnnexSubmissionsQuery implements AnnexSubmissions {

    private final AnnexService annexes;

    public AnnexSubmissionsQuery(AnnexService annexes) {
        this.annexes = annexes;
    }

    @Override
    public Optional<Set<String>> submittedBodyCodes(Quarter quarter) {
        return Optional.of(annexes.submittedBodyCodesNationwide(quarter.year() + "-Q" + quarter.number()));
    }
}
