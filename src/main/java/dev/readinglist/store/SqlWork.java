package dev.readinglist.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work; it may throw SQLException, which the database turns into a one-line error. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
