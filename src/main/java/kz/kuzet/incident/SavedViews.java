package kz.kuzet.incident;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.kuzet.security.AuditTrail;
import kz.kuzet.store.Transactions;

/** An analyst's named filters of the records queue. */
public final class SavedViews {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Transactions tx;
    private final AuditTrail audit;

    public SavedViews(Transactions tx, AuditTrail audit) {
        this.tx = tx;
        this.audit = audit;
    }

    /** Saves (or replaces) a named view of the owner's. */
    public void save(String owner, String name, RecordFilter filter) {
        String viewName = RecordWork.requireText(name, "The view's name");
        String json = toJson(filter);
        tx.run(em -> {
            em.createNativeQuery("delete from saved_view where owner_name = ?1 and view_name = ?2")
                    .setParameter(1, owner).setParameter(2, viewName).executeUpdate();
            em.createNativeQuery("insert into saved_view (owner_name, view_name, filter_json) values (?1, ?2, ?3)")
                    .setParameter(1, owner).setParameter(2, viewName).setParameter(3, json).executeUpdate();
            audit.event(em, owner, "saved_view.save", Map.of("name", viewName, "filter", json));
        });
    }

    /** The owner's views by name, in name order. */
    public Map<String, RecordFilter> list(String owner) {
        List<?> rows = tx.read(em -> em.createNativeQuery("select view_name, filter_json from saved_view"
                + " where owner_name = ?1 order by view_name").setParameter(1, owner).getResultList());
        Map<String, RecordFilter> views = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cols = (Object[]) row;
            views.put((String) cols[0], fromJson((String) cols[1]));
        }
        return views;
    }

    private static String toJson(RecordFilter filter) {
        try {
            return JSON.writeValueAsString(filter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordFilter fromJson(String json) {
        try {
            return JSON.readValue(json, RecordFilter.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved view cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
