package org.vetsim.gui;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Reads one component of a scenario record and builds a copy with one component changed, through
 * the canonical constructor, so the copy is validated like any other record.
 */
final class RecordEdit {
    private RecordEdit() {
    }

    /** The value of {@code component} in {@code record}. */
    static Object get(Record record, String component) {
        return read(record, find(record.getClass(), component));
    }

    /**
     * A copy of {@code record} with {@code component} set to {@code value}.
     *
     * @throws RuntimeException the record's own validation error (an out-of-range value)
     */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        find(record.getClass(), component);
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = components[i].getName().equals(component) ? value : read(record, components[i]);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return (R) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    /** The component named {@code name} of a record type. */
    static RecordComponent find(Class<?> type, String name) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + name);
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
