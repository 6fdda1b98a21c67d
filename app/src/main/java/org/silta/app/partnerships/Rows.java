package org.silta.app.partnerships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.silta.app.shared.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing the column types the pipeline's tables use: arrays, dates, jsonb text. */
final class Rows {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Rows() {
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).map(String::strip).toList();
    }

    static List<Long> longs(ResultSet rs, String column) throws SQLException {
        var array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(v -> ((Number) v).longValue()).toList();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        var date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }

    static LocalizedText text(ResultSet rs, String column) throws SQLException {
        var json = rs.getString(column);
        return json == null ? null : JSON.readValue(json, LocalizedText.class);
    }

    static String json(LocalizedText text) {
        return text == null || text.isBlank() ? null : JSON.writeValueAsString(text);
    }

    static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    static Long[] ids(List<Long> values) {
        return values.toArray(Long[]::new);
    }

    static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }

    /** A number as people type it, with a decimal point or comma; null when it is not one. */
    static java.math.BigDecimal number(String text) {
        try {
            return text == null || text.isBlank() ? null : new java.math.BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
