package dev.readinglist.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {

    @TempDir
    Path home;

    @Test
    void homeIsTheDesktopsHomeNotTheAccountsEntry() {
        Path account = Path.of("/root");
        assertEquals(Path.of("/home/ada"), UserFolders.home("Linux", Map.of("HOME", "/home/ada"), account));
        assertEquals(account, UserFolders.home("Linux", Map.of("HOME", "relative"), account));
        assertEquals(account, UserFolders.home("Linux", Map.of(), account));
        assertEquals(account, UserFolders.home("Windows 11", Map.of("HOME", "/home/ada"), account));
    }

    @Test
    void usualFoldersAreThoseThatExistInEnglishWithoutAList() throws IOException {
        Files.createDirectories(home.resolve("Downloads"));
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(
                List.of(home.resolve("Documents"), home.resolve("Downloads")),
                UserFolders.usual("Linux", Map.of(), home));
        assertEquals(
                List.of(home.resolve("Documents"), home.resolve("Downloads")),
                UserFolders.usual("Mac OS X", Map.of(), home));
    }

    @Test
    void linuxFoldersAreNamedByUserDirsDirs() throws IOException {
        Path elsewhere = Files.createDirectories(home.resolve("disk/Docs"));
        Files.createDirectories(home.resolve("Téléchargements"));
        Files.createDirectories(home.resolve("Downloads"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(
                home.resolve(".config/user-dirs.dirs"),
                "# written by xdg-user-dirs-update\r\n"
                        + "XDG_DESKTOP_DIR=\"$HOME/\"\r\n"
                        + "XDG_DOWNLOAD_DIR=\"$HOME/Téléchargements\"\n"
                        + "XDG_DOCUMENTS_DIR=\"" + elsewhere + "\"\n"
                        + "XDG_MUSIC_DIR=\"$HOME/Musique\"\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of(elsewhere, home.resolve("Téléchargements")), UserFolders.usual("Linux", Map.of(), home));
    }

    @Test
    void downloadsIsTheFolderTheDesktopNamesSoIfItExists() throws IOException {
        assertEquals(null, UserFolders.downloads("Linux", Map.of(), home));
        Files.createDirectories(home.resolve("Downloads"));
        assertEquals(home.resolve("Downloads"), UserFolders.downloads("Linux", Map.of(), home));
        Files.createDirectories(home.resolve("Téléchargements"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(
                home.resolve(".config/user-dirs.dirs"),
                "XDG_DOWNLOAD_DIR=\"$HOME/Téléchargements\"\n",
                StandardCharsets.UTF_8);
        assertEquals(home.resolve("Téléchargements"), UserFolders.downloads("Linux", Map.of(), home));
    }

    @Test
    void documentsIsTheFolderTheDesktopNamesSoIfItExists() throws IOException {
        assertEquals(null, UserFolders.documents("Linux", Map.of(), home));
        Files.createDirectories(home.resolve("Documents"));
        assertEquals(home.resolve("Documents"), UserFolders.documents("Linux", Map.of(), home));
        Path elsewhere = Files.createDirectories(home.resolve("Dokumente"));
        Files.createDirectories(home.resolve(".config"));
        Files.writeString(
                home.resolve(".config/user-dirs.dirs"),
                "XDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n",
                StandardCharsets.UTF_8);
        assertEquals(elsewhere, UserFolders.documents("Linux", Map.of(), home));
    }

    @Test
    void aListInTheConfigHomeIsRead() throws IOException {
        Path config = Files.createDirectories(home.resolve("cfg"));
        Files.createDirectories(home.resolve("Bureau"));
        Files.writeString(config.resolve("user-dirs.dirs"), "XDG_DESKTOP_DIR=\"$HOME/Bureau\"\n");
        assertEquals(
                List.of(home.resolve("Bureau")),
                UserFolders.usual("Linux", Map.of("XDG_CONFIG_HOME", config.toString()), home));
    }
}
