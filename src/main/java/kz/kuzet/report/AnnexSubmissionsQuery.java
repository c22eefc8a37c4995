package kz.kuzet.report;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import kz.kuzet.store.StoreException;

/**
 * Reads the annex register kept by the registry feature. The query it relies on (agreed shape, documented for
 * the registry): a table {@code annex_submission} with {@code state_body_id} (references state_body) and the
 * quarter as {@code quarter_year} and {@code quarter_no}; a body has submitted when it has a row for the quarter.
 * Until that table exists the answer is empty (unknown), never "nobody submitted".
 */
public final class AnnexSubmissionsQuery implements AnnexSubmissions {

    static final String TABLE = "annex_submission";
    static final String QUERY = "select distinct b.code from annex_submission a join state_body b"
            + " on b.id = a.state_body_id where a.quarter_year = ? and a.quarter_no = ?";

    private final DataSource dataSource;

    public AnnexSubmissionsQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Set<String>> submittedBodyCodes(Quarter quarter) {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c)) {
                return Optional.empty();
            }
            try (PreparedStatement s = c.prepareStatement(QUERY)) {
                s.setInt(1, quarter.year());
                s.setInt(2, quarter.number());
                Set<String> codes = new HashSet<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
                return Optional.of(codes);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the annex register: " + e.getMessage(), e);
        }
    }

    private static boolean tableExists(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {TABLE, TABLE.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
