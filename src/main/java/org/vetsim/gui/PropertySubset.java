package org.vetsim.gui;

import sim.util.Interval;
import sim.util.Properties;

/**
 * Some of a bean's properties, in a given order and under given labels, so one bean can fill
 * several titled groups of the Model tab. A value outside a property's range is refused (the
 * inspector beeps and shows the old value) instead of reaching the scenario record.
 */
final class PropertySubset extends Properties {
    private static final long serialVersionUID = 1L;

    private final Properties base;
    private final int[] index;
    private final PropertyGroup group;

    PropertySubset(Properties base, PropertyGroup group) {
        this.base = base;
        this.group = group;
        this.object = base.getObject();
        this.index = new int[group.names().size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = indexOf(base, group.names().get(i));
            if (index[i] < 0) {
                throw new IllegalArgumentException("no property " + group.names().get(i));
            }
        }
    }

    private static int indexOf(Properties properties, String name) {
        for (int i = 0; i < properties.numProperties(); i++) {
            if (name.equals(properties.getName(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return index.length;
    }

    @Override
    public Object getValue(int i) {
        return base.getValue(index[i]);
    }

    @Override
    public Object getDomain(int i) {
        return base.getDomain(index[i]);
    }

    @Override
    public String getDescription(int i) {
        return base.getDescription(index[i]);
    }

    @Override
    public boolean isReadWrite(int i) {
        return base.isReadWrite(index[i]);
    }

    @Override
    public String getName(int i) {
        return group.labels().get(i);
    }

    @Override
    public Class<?> getType(int i) {
        return base.getType(index[i]);
    }

    @Override
    protected Object _setValue(int i, Object value) {
        if (getDomain(i) instanceof Interval range && value instanceof Number number
                && !range.contains(number.doubleValue())) {
            return null;
        }
        return base.setValue(index[i], value);
    }
}
