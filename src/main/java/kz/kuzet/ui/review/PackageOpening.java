package kz.kuzet.ui.review;

/** What came of opening a package: the verified content, or the refusal. */
public sealed interface PackageOpening {

    record Opened(ReviewedPackage content) implements PackageOpening {
    }

    record Refused(Refusal refusal) implements PackageOpening {
    }
}
