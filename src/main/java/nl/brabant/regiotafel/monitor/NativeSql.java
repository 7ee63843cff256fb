package nl.brabant.regiotafel.monitor;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** The monitor's read model is plain SQL: one way to run it and to read its dates. */
public final class NativeSql {

    private NativeSql() {}

    /** Runs a native query with positional parameters ?1, ?2, … and returns its rows. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(
            EntityManager entityManager, String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    public static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
