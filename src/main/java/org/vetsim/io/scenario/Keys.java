package org.vetsim.io.scenario;

/** Dotted key paths ({@code labour_market.quit_rate}, {@code occupations.2.name}) and key names. */
final class Keys {
    private Keys() {
    }

    /** The path of {@code key} below {@code parent}; the root is the empty path. */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The path of list entry {@code index} below {@code parent}. */
    static String child(String parent, int index) {
        return child(parent, Integer.toString(index));
    }

    /** Whether {@code path} is {@code ancestor} or lies below it. */
    static boolean isWithin(String path, String ancestor) {
        return ancestor.isEmpty() || path.equals(ancestor) || path.startsWith(ancestor + ".");
    }

    /** {@code path}, which lies within {@code from}, moved to lie as far within {@code to}. */
    static String move(String path, String from, String to) {
        String rest = from.isEmpty() ? path : path.substring(from.length());
        if (rest.startsWith(".")) {
            rest = rest.substring(1);
        }
        return rest.isEmpty() ? to : child(to, rest);
    }

    /** The parent of {@code path}; the root for a top-level key. */
    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    /** The YAML name of a record component: {@code quitRate} becomes {@code quit_rate}. */
    static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
