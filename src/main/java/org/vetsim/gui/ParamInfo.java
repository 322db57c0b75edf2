package org.vetsim.gui;

import org.vetsim.scenario.Checks;
import org.vetsim.scenario.Param;
import sim.util.Interval;


/**
 * What the {@link Param} annotation of a scenario record component says, in the forms MASON's
 * inspectors want: a domain ({@link Interval}, giving a slider) and a description (a tooltip).
 */
final class ParamInfo {
    private ParamInfo() {
    }

    /** The annotation of {@code component}, or null when it has none. */
    static Param param(Class<?> type, String component) {
        return RecordEdit.find(type, component).getAnnotation(Param.class);
    }

    /** A slider range for a numeric component with a finite range, else null. */
    static Object domain(Class<?> type, String component) {
        Param param = param(type, component);
        if (param == null || Double.isInfinite(param.min()) || Double.isInfinite(param.max())) {
            return null;
        }
        Class<?> valueType = RecordEdit.find(type, component).getType();
        if (valueType == double.class) {
            return new Interval(param.min(), param.max());
        }
        if (valueType == int.class || valueType == long.class) {
            return new Interval((long) param.min(), (long) param.max());
        }
        return null;
    }

    /** The documentation of {@code component}, with its unit and allowed range. */
    static String describe(Class<?> type, String component) {
        Param param = param(type, component);
        if (param == null) {
            return null;
        }
        StringBuilder text = new StringBuilder("<html>").append(param.doc());
        if (!param.unit().isEmpty()) {
            text.append("<br>Unit: ").append(param.unit()).append('.');
        }
        Class<?> valueType = RecordEdit.find(type, component).getType();
        if (valueType != boolean.class && valueType != String.class) {
            text.append("<br>Allowed: ").append(Checks.describeRange(param)).append('.');
        }
        return text.append("</html>").toString();
    }
}
