package org.vetsim.io.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vetsim.io.scenario.Shape.Changes;
import org.vetsim.io.scenario.Shape.Field;
import org.vetsim.io.scenario.Shape.Group;
import org.vetsim.io.scenario.Shape.KeyRule;
import org.vetsim.io.scenario.Shape.Kind;
import org.vetsim.io.scenario.Shape.Leaf;
import org.vetsim.io.scenario.Shape.ListOf;
import org.vetsim.scenario.Checks;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.Param;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Rule;
import org.vetsim.scenario.Scenario;

/**
 * The shape of a scenario file, built by reflection from {@link Scenario} and the records it
 * contains, with their {@link Param} documentation. Adds what exists only in files: the
 * top-level {@code extends} key and the {@code {month, set}} form of reforms.
 */
final class Schema {
    /** The top-level key naming the file a scenario file is read on top of. */
    static final String EXTENDS = "extends";

    private static final String EXTENDS_DOC = "Another scenario file this one is read on top of, as a path relative to "
            + "this file's folder or the name of a bundled scenario; only in files. The bundled baseline is "
            + "always the root.";
    private static final String REFORMS_DOC = "Changes to the settings from given months on: a list of entries "
            + "{month, set}. Each reform starts from the settings in force before it.";
    private static final String SET_DOC = "The keys this reform changes with their new values: engagement keys as "
            + "paths relative to engagement (e.g. 'financial_incentives.subsidy_per_place: 2.0'), other keys as "
            + "full paths (e.g. 'education.compulsory_vet_share: 0'); any key but those fixed when the economy is "
            + "built (simulation, population, occupations, skills and the keys marked so). Keys left out keep the "
            + "value in force before the reform.";
    /** The sections besides engagement whose keys a reform may change. */
    static final List<String> REFORMABLE_SECTIONS = List.of("education", "colleges", "exams", "labour_market", "technology", "military_service");

    /** The whole scenario file. */
    static final Group SCENARIO = scenario();

    private Schema() {
    }

    /** The {@code engagement} map, which a reform's {@code set} changes. */
    static Group engagement() {
        return (Group) SCENARIO.fields().get("engagement").shape();
    }

    private static Group scenario() {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put(EXTENDS, new Field(EXTENDS, new Leaf(Kind.TEXT, ""), EXTENDS_DOC, "", true));
        fields.putAll(group(Scenario.class).fields());
        return new Group(Collections.unmodifiableMap(fields), rules(Scenario.class));
    }

    private static Group group(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = Keys.snake(component.getName());
            Param param = component.getAnnotation(Param.class);
            String doc = param == null ? "" : param.doc() + (param.fixedAtStart() ? " Fixed at start: a reform cannot change it." : "");
            String unit = param == null ? "" : param.unit();
            if (isListOf(component.getGenericType(), Reform.class)) {
                fields.put(key, new Field(key, new ListOf(reform()), REFORMS_DOC, "", false));
            } else {
                fields.put(key, new Field(key, shape(component.getGenericType(), param), doc, unit, false));
            }
        }
        return new Group(Collections.unmodifiableMap(fields), rules(type));
    }

    private static Group reform() {
        RecordComponent monthComponent = Reform.class.getRecordComponents()[0];
        Param monthParam = monthComponent.getAnnotation(Param.class);
        Field month = new Field("month", shape(monthComponent.getType(), monthParam), monthParam.doc(), monthParam.unit(), false);
        Field set = new Field("set", new Changes(reformable()), SET_DOC, "", false);
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put(month.key(), month);
        fields.put(set.key(), set);
        return new Group(Collections.unmodifiableMap(fields), List.of());
    }

    /**
     * What a reform's {@code set} may change: the engagement mechanisms (named without the
     * {@code engagement.} prefix) and the sections of {@link #REFORMABLE_SECTIONS}, without the
     * keys fixed when the economy is built.
     */
    private static Group reformable() {
        Map<String, Field> fields = new LinkedHashMap<>(group(Engagement.class).fields());
        for (String section : REFORMABLE_SECTIONS) {
            Class<?> type = recordOf(section);
            fields.put(section, new Field(section, changeable(group(type), type), "", "", false));
        }
        return new Group(Collections.unmodifiableMap(fields), List.of());
    }

    private static Class<?> recordOf(String section) {
        for (RecordComponent component : Scenario.class.getRecordComponents()) {
            if (Keys.snake(component.getName()).equals(section)) {
                return component.getType();
            }
        }
        throw new IllegalArgumentException(section);
    }

    /** {@code group} without the leaves of {@code type} marked fixed at start (and groups left empty). */
    private static Group changeable(Group group, Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = group.fields().get(Keys.snake(component.getName()));
            Param param = component.getAnnotation(Param.class);
            if (param != null && param.fixedAtStart()) {
                continue;
            }
            if (field.shape() instanceof Group inner && component.getType().isRecord()) {
                Group kept = changeable(inner, component.getType());
                if (!kept.fields().isEmpty()) {
                    fields.put(field.key(), new Field(field.key(), kept, field.doc(), field.unit(), false));
                }
            } else {
                fields.put(field.key(), field);
            }
        }
        return new Group(Collections.unmodifiableMap(fields), List.of());
    }

    /** The {@link Rule}s of a record, with their keys in snake case. */
    private static List<KeyRule> rules(Class<?> type) {
        return Arrays.stream(type.getAnnotationsByType(Rule.class))
                .map(rule -> new KeyRule(Arrays.stream(rule.keys()).map(Keys::snake).toList(), rule.text()))
                .toList();
    }

    /**
     * The group at {@code path} (dotted, list entries by number, a reform's set as the engagement
     * it changes), or empty if {@code path} is not a group.
     */
    static Optional<Group> groupAt(String path) {
        Shape shape = SCENARIO;
        for (String segment : path.isEmpty() ? new String[0] : path.split("\\.")) {
            if (shape instanceof Changes changes) {
                shape = changes.target();
            }
            if (shape instanceof Group group && group.fields().containsKey(segment)) {
                shape = group.fields().get(segment).shape();
            } else if (shape instanceof ListOf list) {
                shape = list.element();
            } else {
                return Optional.empty();
            }
        }
        if (shape instanceof Changes changes) {
            shape = changes.target();
        }
        return shape instanceof Group group ? Optional.of(group) : Optional.empty();
    }

    private static Shape shape(Type type, Param param) {
        if (type instanceof ParameterizedType generic && generic.getRawType() == List.class) {
            return new ListOf(shape(generic.getActualTypeArguments()[0], null));
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isRecord()) {
            return group(raw);
        }
        String range = param == null ? "" : Checks.describeRange(param);
        if (raw == double.class || raw == Double.class) {
            return new Leaf(Kind.NUMBER, range, param);
        }
        if (raw == int.class || raw == Integer.class) {
            return new Leaf(Kind.INT, range, param);
        }
        if (raw == long.class || raw == Long.class) {
            return new Leaf(Kind.LONG, range, param);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new Leaf(Kind.BOOLEAN, "");
        }
        if (raw == String.class) {
            return new Leaf(Kind.TEXT, "");
        }
        throw new IllegalStateException("no YAML form for scenario values of type " + type);
    }

    private static boolean isListOf(Type type, Class<?> element) {
        return type instanceof ParameterizedType generic && generic.getRawType() == List.class
                && generic.getActualTypeArguments()[0] == element;
    }
}
