package cn.lifeinfo.compliance.audit;

import cn.lifeinfo.compliance.common.SqlBatch;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The INSERT of insert-only audit entities, rendered from their own mapping (table, {@code @Column} names, the
 * camel-case-to-underscores names Quarkus gives unannotated fields; generated ids left to the database), so that the
 * entity stays the one description of its table while the writer sends a whole batch in one round trip. Only flat
 * entities, as the audit rows are.
 */
final class EntityInserts {

    /** {@code tuple}: one row's placeholders. */
    private record Shape(String sql, String tuple, List<Field> fields) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private EntityInserts() {
    }

    /** One multi-row INSERT per entity class, in the order the classes first appear. */
    static void append(List<Object> rows, SqlBatch batch) {
        Map<Class<?>, List<Object>> byClass = new java.util.LinkedHashMap<>();
        for (Object row : rows) {
            byClass.computeIfAbsent(row.getClass(), c -> new ArrayList<>()).add(row);
        }
        byClass.forEach((type, same) -> {
            Shape shape = SHAPES.computeIfAbsent(type, EntityInserts::shape);
            List<Object> values = new ArrayList<>(same.size() * shape.fields().size());
            for (Object row : same) {
                for (Field f : shape.fields()) {
                    try {
                        values.add(f.get(row));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(f + " is not readable", e);
                    }
                }
            }
            batch.add(shape.sql() + String.join(",", Collections.nCopies(same.size(), shape.tuple())), values);
        });
    }

    /** The columns {@link #append} writes for an entity class, in order (tests compare them with the schema). */
    static List<String> columns(Class<?> type) {
        return shape(type).fields().stream().map(EntityInserts::column).toList();
    }

    static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalArgumentException(type + " names no table");
        }
        return table.name();
    }

    private static Shape shape(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic()
                    || f.getName().startsWith("$") || f.isAnnotationPresent(Transient.class)
                    || f.isAnnotationPresent(GeneratedValue.class)) {
                continue;
            }
            f.setAccessible(true); // Quarkus turns the entities' public fields into private ones behind accessors
            fields.add(f);
        }
        if (fields.isEmpty()) {
            throw new IllegalArgumentException(type + " has no columns to write");
        }
        String columns = String.join(", ", fields.stream().map(EntityInserts::column).toList());
        return new Shape("INSERT INTO " + table(type) + " (" + columns + ") VALUES ",
                "(" + String.join(",", Collections.nCopies(fields.size(), "?")) + ")", List.copyOf(fields));
    }

    private static String column(Field f) {
        Column c = f.getAnnotation(Column.class);
        if (c != null && !c.name().isEmpty()) {
            return c.name();
        }
        return f.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
