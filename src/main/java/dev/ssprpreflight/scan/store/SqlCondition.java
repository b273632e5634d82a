package dev.ssprpreflight.scan.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code WHERE} condition and the values of its {@code ?} placeholders, in order: queries are built from
 * conditions without ever putting a value into the SQL text.
 */
record SqlCondition(String sql, List<Object> values) {

    SqlCondition {
        values = List.copyOf(values);
    }

    static SqlCondition of(String sql, Object... values) {
        return new SqlCondition(sql, List.of(values));
    }

    /** Both conditions. */
    SqlCondition and(SqlCondition other) {
        List<Object> both = new ArrayList<>(values);
        both.addAll(other.values);
        return new SqlCondition(sql + " AND " + other.sql, both);
    }

    /**
     * Binds the values from placeholder {@code first} on.
     *
     * @return the index of the next placeholder
     */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
