package kz.kuzet.security;

import jakarta.persistence.Query;

/**
 * Which state bodies' rows a query may return: all of them, or one (a coordinator's). Use it in JPQL or SQL as
 * {@code "where ... and " + scope.condition("r.stateBody.id")} and then {@code scope.bind(query)}; the value is
 * always a bound parameter.
 */
public final class BodyScope {

    public static final BodyScope ALL = new BodyScope(null);
    static final String PARAMETER = "scopeStateBodyId";

    private final Long stateBodyId;

    private BodyScope(Long stateBodyId) {
        this.stateBodyId = stateBodyId;
    }

    static BodyScope only(long stateBodyId) {
        return new BodyScope(stateBodyId);
    }

    public boolean isAll() {
        return stateBodyId == null;
    }

    /** The one state body, or null when all are in scope. */
    public Long stateBodyId() {
        return stateBodyId;
    }

    public boolean covers(Long bodyId) {
        return stateBodyId == null || stateBodyId.equals(bodyId);
    }

    /** A JPQL condition on the given state body id path (e.g. {@code r.stateBody.id}); "1 = 1" when unscoped. */
    public String condition(String bodyIdPath) {
        return stateBodyId == null ? "1 = 1" : bodyIdPath + " = :" + PARAMETER;
    }

    /** Binds the scope's parameter, if {@link #condition} used one. */
    public <Q extends Query> Q bind(Q query) {
        if (stateBodyId != null) {
            query.setParameter(PARAMETER, stateBodyId);
        }
        return query;
    }

    @Override
    public String toString() {
        return stateBodyId == null ? "all state bodies" : "state body " + stateBodyId;
    }
}
