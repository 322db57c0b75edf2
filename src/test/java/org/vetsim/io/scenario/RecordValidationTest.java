package org.vetsim.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vetsim.scenario.InvalidParameterException;
import org.vetsim.scenario.Param;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

/**
 * Each scenario record checks every one of its components in its constructor and names the
 * right one: the values it passes to {@code Checks.validate} are in the order of its components.
 */
class RecordValidationTest {

    /** One valid instance of every record type in a scenario, taken from the baseline. */
    private static Map<Class<?>, Record> samples() {
        Scenario baseline = ScenarioLoader.loadDefault(List.of());
        Map<Class<?>, Record> samples = new LinkedHashMap<>();
        collect(baseline, samples);
        collect(new Reform(12, baseline), samples);
        return samples;
    }

    private static void collect(Object value, Map<Class<?>, Record> samples) {
        if (value instanceof Record record && samples.putIfAbsent(record.getClass(), record) == null) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(read(component, record), samples);
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, samples));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Builds a copy of {@code sample} with component {@code index} replaced by {@code value}. */
    private static InvalidParameterException rejection(Record sample, int index, Object value) {
        RecordComponent[] components = sample.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = i == index ? value : read(components[i], sample);
            types[i] = components[i].getType();
        }
        return assertThrows(InvalidParameterException.class, () -> {
            try {
                Constructor<?> constructor = sample.getClass().getDeclaredConstructor(types);
                constructor.newInstance(args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }, () -> sample.getClass().getSimpleName() + "." + components[index].getName() + " = " + value);
    }

    private static Object below(Class<?> type, double min) {
        if (type == int.class) {
            return (int) min - 1;
        }
        if (type == long.class) {
            return (long) min - 1;
        }
        return min - 1;
    }

    @Test
    void everyRecordRejectsEachBadComponentByName() {
        Map<Class<?>, Record> samples = samples();
        assertTrue(samples.size() >= 20, "found " + samples.keySet());
        for (Record sample : samples.values()) {
            RecordComponent[] components = sample.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                Param param = component.getAnnotation(Param.class);
                if (!component.getType().isPrimitive()) {
                    InvalidParameterException e = rejection(sample, i, null);
                    assertEquals(component.getName(), e.key());
                    assertEquals("a value is required", e.getMessage());
                } else if (param != null && param.min() != Double.NEGATIVE_INFINITY) {
                    InvalidParameterException e = rejection(sample, i, below(component.getType(), param.min()));
                    assertEquals(component.getName(), e.key(), e.getMessage());
                    assertTrue(e.getMessage().contains("but must be"), e.getMessage());
                }
            }
        }
    }
}
