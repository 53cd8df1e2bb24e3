package dk.henvis.referrals;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** All SQL on the {@code referral_setting} table (name/value pairs of the log). */
final class ReferralSettingTable {
    private ReferralSettingTable() {
    }

    static Optional<String> get(Handle h, String name) {
        return h.createQuery("SELECT value FROM referral_setting WHERE name = ?")
                .bind(0, name).mapTo(String.class).findOne();
    }

    static void put(Handle h, String name, String value) {
        h.createUpdate("INSERT INTO referral_setting (name, value) VALUES (?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")
                .bind(0, name).bind(1, value).execute();
    }
}
