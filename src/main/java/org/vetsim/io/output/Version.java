package org.vetsim.io.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The vetsim version, from the build's {@code version.properties}. */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/org/vetsim/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                return properties.getProperty("version", "unknown");
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "unknown";
    }
}
