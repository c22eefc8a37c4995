package kz.kuzet.notice;

import jakarta.persistence.EntityManager;
import java.util.List;
import kz.kuzet.store.Transactions;

/**
 * Registration numbers {@code YEAR/NNNNN} from one counter row per year. The row is locked ({@code for update})
 * by the transaction that stores the notice, so a rolled-back notice gives its number back and two workstations
 * never draw the same one: no gaps, no repeats.
 */
final class RegistrationNumbers {

    record Registration(int year, int sequence, String number) {
    }

    private final Transactions tx;

    RegistrationNumbers(Transactions tx) {
        this.tx = tx;
    }

    static String format(int year, int sequence) {
        return String.format("%d/%05d", year, sequence);
    }

    /**
     * Makes sure the year's counter row exists, in its own transaction, starting after any number already used
     * that year (e.g. by imported or demo notices). Two workstations racing here: one insert wins, the other's
     * fails on the primary key and finds the row.
     */
    void prepareYear(int year) {
        if (counterExists(year)) {
            return;
        }
        try {
            tx.run(em -> em.createNativeQuery("insert into notice_counter (reg_year, last_seq)"
                            + " select ?1, coalesce(max(reg_seq), 0) from notice where reg_year = ?1")
                    .setParameter(1, year).executeUpdate());
        } catch (RuntimeException e) {
            if (!counterExists(year)) {
                throw e;
            }
        }
    }

    /** The next number; call inside the transaction that persists the notice, after {@link #prepareYear}. */
    Registration next(EntityManager em, int year) {
        List<?> rows = em.createNativeQuery("select last_seq from notice_counter where reg_year = ?1 for update")
                .setParameter(1, year).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("The registration counter for " + year + " is missing.");
        }
        int sequence = ((Number) rows.get(0)).intValue() + 1;
        em.createNativeQuery("update notice_counter set last_seq = ?2 where reg_year = ?1")
                .setParameter(1, year).setParameter(2, sequence).executeUpdate();
        return new Registration(year, sequence, format(year, sequence));
    }

    private boolean counterExists(int year) {
        return tx.read(em -> !em.createNativeQuery("select reg_year from notice_counter where reg_year = ?1")
                .setParameter(1, year).getResultList().isEmpty());
    }
}
