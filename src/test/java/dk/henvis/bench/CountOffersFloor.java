package dk.henvis.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor of {@link ColdCliBenchmark}: a JVM that opens the same SQLite file with the plain JDBC driver and
 * counts its offers, nothing else. {@code java -cp sqlite-jdbc.jar:test-classes dk.henvis.bench.CountOffersFloor x.db}
 */
public final class CountOffersFloor {
    private CountOffersFloor() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM offer")) {
            r.next();
            System.out.println("offers " + r.getInt(1));
        }
    }
}
