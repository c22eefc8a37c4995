package kz.kuzet.registry;

/** what the cybersecurity coordinator stationed at a state body did. */
public enum CoordinatorActivityKind {
    /** Recommendation to raise the protection level of the infrastructure. */
    INFRASTRUCTURE_RECOMMENDATION,
    /** Recommendation to update the technical documentation. */
    DOCUMENTATION_RECOMMENDATION,
    /** Staff awareness activity (training, briefing, exercise). */
    AWARENESS
}
