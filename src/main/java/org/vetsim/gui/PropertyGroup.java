package org.vetsim.gui;

import java.util.ArrayList;
import java.util.List;

/**
 * A titled group of bean properties for the Model tab: the properties' names as MASON reads
 * them from the getters ({@code getSubsidyPerPlace} gives "SubsidyPerPlace") and the labels the
 * user sees, in display order.
 *
 * @param title the group's heading
 * @param names property names, in order
 * @param labels the label shown for each name
 */
record PropertyGroup(String title, List<String> names, List<String> labels) {

    PropertyGroup {
        if (names.size() != labels.size()) {
            throw new IllegalArgumentException("one label per property");
        }
        names = List.copyOf(names);
        labels = List.copyOf(labels);
    }

    /** A group from alternating property names and labels. */
    static PropertyGroup of(String title, String... namesAndLabels) {
        List<String> names = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i + 1 < namesAndLabels.length; i += 2) {
            names.add(namesAndLabels[i]);
            labels.add(namesAndLabels[i + 1]);
        }
        return new PropertyGroup(title, names, labels);
    }
}
