package org.vetsim.gui;

import org.vetsim.scenario.Param;
import sim.util.Properties;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The scalar components of a scenario record, read-only, for the Model tab: nested records are
 * flattened ("Job share by size: micro"), each with its {@link org.vetsim.scenario.Param}
 * description and range as the tooltip. Values are read from the supplier every time, so they
 * follow the scenario the GUI holds now.
 */
final class RecordProperties extends Properties {
    private static final long serialVersionUID = 1L;

    private final transient Supplier<? extends Record> source;
    private final List<Entry> entries = new ArrayList<>();

    RecordProperties(Class<? extends Record> type, Supplier<? extends Record> source) {
        this.source = source;
        collect(type, List.of(), "");
    }

    private void collect(Class<?> type, List<String> path, String prefix) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> here = new ArrayList<>(path);
            here.add(component.getName());
            String words = Labels.humanize(component.getName());
            String label = prefix.isEmpty() ? words : prefix + words.toLowerCase(java.util.Locale.ROOT);
            label = withUnit(label, component.getAnnotation(Param.class));
            Class<?> valueType = component.getType();
            if (valueType.isRecord()) {
                collect(valueType, here, label + ": ");
            } else if (valueType.isPrimitive() || valueType == String.class) {
                entries.add(new Entry(type, component.getName(), List.copyOf(here), label, valueType));
            }
        }
    }

    /** The label with its unit, when the unit is short and not already in the label. */
    private static String withUnit(String label, Param param) {
        if (param == null || param.unit().isEmpty() || param.unit().length() > 12
                || label.toLowerCase(java.util.Locale.ROOT).contains(param.unit())) {
            return label;
        }
        return label + " (" + param.unit() + ")";
    }

    @Override
    public Object getObject() {
        return source.get();
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return entries.size();
    }

    @Override
    public Object getValue(int index) {
        Object value = source.get();
        for (String step : entries.get(index).path()) {
            value = RecordEdit.get((Record) value, step);
        }
        return value;
    }

    @Override
    public String getDescription(int index) {
        Entry entry = entries.get(index);
        return ParamInfo.describe(entry.owner(), entry.component());
    }

    @Override
    public boolean isReadWrite(int index) {
        return false;
    }

    @Override
    public String getName(int index) {
        return entries.get(index).label();
    }

    @Override
    public Class<?> getType(int index) {
        return entries.get(index).type();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        return null;
    }

    private record Entry(Class<?> owner, String component, List<String> path, String label, Class<?> type) {
    }
}
