package kz.kuzet.registry;

/** why an object can never be put under monitoring. */
public enum ScopeExclusion {
    /** R-5(1): digital resources holding state secrets. */
    STATE_SECRETS,
    /** R-5(2): protected systems classified as state secrets; special, government, classified, encrypted networks. */
    SPECIAL_NETWORK,
    /** R-5(3): National Bank objects not integrated with the digital-government infrastructure. */
    NATIONAL_BANK_NOT_INTEGRATED
}
