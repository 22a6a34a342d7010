package dev.readinglist.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The launcher paths of each OS's app image, and that they agree with what the pom builds. */
class AppImageTest {

    static final Path DIST = Path.of("/build/target/dist");

    @Test
    void linuxHasBinAndLibApp() {
        AppImage image = AppImage.in(DIST, "Linux");
        assertEquals(DIST.resolve("reading-list"), image.root());
        assertEquals(DIST.resolve("reading-list/bin/reading-list"), image.launcher());
        assertEquals(DIST.resolve("reading-list/lib/app"), image.appFolder());
    }

    @Test
    void macOsIsABundleWithTheCommandBesideTheWindowsLauncher() {
        AppImage image = AppImage.in(DIST, "Mac OS X");
        assertEquals(DIST.resolve("Reading List.app"), image.root());
        assertEquals(DIST.resolve("Reading List.app/Contents/MacOS/reading-list"), image.launcher());
        assertEquals(DIST.resolve("Reading List.app/Contents/app"), image.appFolder());
    }

    @Test
    void windowsHasTheConsoleLauncherBesideTheWindowsOne() {
        AppImage image = AppImage.in(DIST, "Windows 11");
        assertEquals(DIST.resolve("Reading List"), image.root());
        assertEquals(DIST.resolve("Reading List/reading-list.exe"), image.launcher());
        assertEquals(DIST.resolve("Reading List/app"), image.appFolder());
    }

    /** The pom's per-OS profiles name the image folder; a rename there must be a rename here. */
    @Test
    void thePomBuildsTheFoldersThisClassExpects() throws Exception {
        Map<String, String> imageDirs = profileProperty("app.image.dir");
        assertEquals(AppImage.in(DIST, "Linux").root().getFileName().toString(), imageDirs.get("linux-x64"));
        assertEquals(AppImage.in(DIST, "Linux").root().getFileName().toString(), imageDirs.get("linux-aarch64"));
        assertEquals(AppImage.in(DIST, "Mac OS X").root().getFileName().toString(), imageDirs.get("mac-x64"));
        assertEquals(AppImage.in(DIST, "Mac OS X").root().getFileName().toString(), imageDirs.get("mac-aarch64"));
        assertEquals(AppImage.in(DIST, "Windows 10").root().getFileName().toString(), imageDirs.get("windows-x64"));
    }

    /** A property's value in each profile of pom.xml that sets it. */
    static Map<String, String> profileProperty(String name) throws Exception {
        Document pom = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile());
        Map<String, String> values = new HashMap<>();
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            String id = profile.getElementsByTagName("id").item(0).getTextContent();
            NodeList value = profile.getElementsByTagName(name);
            if (value.getLength() > 0) {
                values.put(id, value.item(0).getTextContent());
            }
        }
        return values;
    }
}
