package dev.readinglist.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's version, as the build stamped it into version.properties. */
public final class AppVersion {

    private AppVersion() {}

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/dev/readinglist/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
