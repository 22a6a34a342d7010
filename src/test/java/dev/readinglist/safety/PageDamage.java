package dev.readinglist.safety;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A bad sector, made on purpose: one page of a table overwritten with noise, the rest of the file as it was. */
public final class PageDamage {

    private PageDamage() {}

    /** Overwrites the middle one of the article table's leaf pages with noise. */
    public static void overwriteAnArticlePage(Path file) throws Exception {
        long page;
        int size;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                size = rs.getInt(1);
            }
            List<Long> leaves = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT pageno FROM dbstat WHERE name = 'article' AND pagetype = 'leaf' ORDER BY pageno")) {
                while (rs.next()) {
                    leaves.add(rs.getLong(1));
                }
            }
            page = leaves.get(leaves.size() / 2);
        }
        byte[] noise = new byte[size];
        new Random(11).nextBytes(noise);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek((page - 1) * size);
            raf.write(noise);
        }
    }
}
