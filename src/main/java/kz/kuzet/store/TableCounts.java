package kz.kuzet.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Row counts of every table of the product's schema. */
public final class TableCounts {
    private TableCounts() {
    }

    public static Map<String, Long> of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (name.matches("[a-z_][a-z0-9_]*") && !name.startsWith("flyway_")) {
                        tables.add(name);
                    }
                }
            }
            Map<String, Long> counts = new TreeMap<>();
            try (Statement st = c.createStatement()) {
                for (String table : tables) {
                    // table names come from the catalogue and match [a-z_][a-z0-9_]*: safe to splice
                    try (ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("Cannot count rows: " + e.getMessage(), e);
        }
    }
}
