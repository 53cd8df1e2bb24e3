package dk.henvis.referrals;

import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.Database;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.PersonalData;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import org.jdbi.v3.core.Handle;

/**
 * The anonymous referral log: one record per handout, a follow-up by referral code, statistics,
 * retention. Every write is one transaction; bad input changes nothing.
 */
public final class ReferralLog {
    public static final int DEFAULT_RETENTION_MONTHS = 24;
    public static final int MAX_RETENTION_MONTHS = 120;
    static final String RETENTION_SETTING = "retention_months";

    private final Database db;
    private final Clock clock;
    private final RandomGenerator random;

    /** Refuses a unit from another log that is not on this installation's list (unit, where); none by default. */
    private volatile BiConsumer<String, String> importedUnitCheck = (unit, where) -> { };

    /**
     * Sets the check every imported record's unit passes before anything is imported: it throws a
     * {@link BadInputException} for a unit that is not on this installation's list.
     */
    public void checkImportedUnits(BiConsumer<String, String> check) {
        this.importedUnitCheck = check;
    }

    public ReferralLog(Database db, Clock clock, RandomGenerator random) {
        this.db = db;
        this.clock = clock;
        this.random = random;
    }

    /** Opens the log and deletes the records past the retention period, as every start does. */
    public static ReferralLog open(Database db, Clock clock) {
        ReferralLog log = new ReferralLog(db, clock, secureRandom());
        log.applyRetention();
        return log;
    }

    /**
     * The referral codes' random numbers: a {@link SecureRandom}, made when the first code is drawn. Making one
     * (the security providers, the seed) cost every start some 15 ms (issue 17), and most commands draw no code.
     */
    public static RandomGenerator secureRandom() {
        return new RandomGenerator() {
            private SecureRandom random;

            @Override
            public synchronized long nextLong() {
                if (random == null) {
                    random = new SecureRandom();
                }
                return random.nextLong();
            }
        };
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A referral code no record in this log has yet. */
    public ReferralCode newCode() {
        return db.jdbi().withHandle(h -> {
            while (true) {
                ReferralCode code = ReferralCode.random(random);
                if (ReferralTable.idOf(h, code).isEmpty()) {
                    return code;
                }
            }
        });
    }

    /**
     * A new, not yet stored referral dated today with a fresh code, from what the worker entered: the age
     * becomes its band and is dropped. Print {@link ReferralRecord#code()} on the handout, then
     * {@link #record(ReferralRecord)} it.
     */
    public ReferralRecord draft(String unit, FocusLevel focus, Integer age, String postcode, boolean followupConsent,
            UclaScore ucla, List<Offer> offers) {
        return storable(ReferralRecord.of(newCode(), today(), unit, focus, age, postcode, followupConsent, ucla,
                offers));
    }

    /**
     * The privacy rules every stored referral keeps, whichever way it comes (window, command line, pooling
     * file): its unit names a team, never a person ({@link PersonalData}), its postcode is in the gazetteer,
     * and UCLA answers at follow-up exist
     * only when the citizen consented to the follow-up.
     */
    private static ReferralRecord storable(ReferralRecord r) {
        if (PersonalData.hasCpr(r.unit())) {
            throw new BadInputException(Messages.get("referral.unit.cpr"));
        }
        if (r.postcode() != null && !Gazetteer.bundled().isPostcode(r.postcode())) {
            throw new BadInputException(Messages.get("referral.postcode.unknown", r.code(), r.postcode()));
        }
        if (r.followUp() != null && r.followUp().ucla() != null && !r.followupConsent()) {
            throw new BadInputException(Messages.get("referral.followup.uclaWithoutConsent", r.code()));
        }
        return r;
    }

    /** Stores a referral (and its follow-up, if it has one). A code already in the log is bad input. */
    public void record(ReferralRecord r) {
        storable(r);
        db.jdbi().useTransaction(h -> {
            if (ReferralTable.idOf(h, r.code()).isPresent()) {
                throw new BadInputException(Messages.get("referral.code.taken", r.code()));
            }
            insert(h, r);
        });
    }

    private static void insert(Handle h, ReferralRecord r) {
        long id = ReferralTable.insert(h, r);
        ReferralOfferTable.insert(h, id, r.offers());
        if (r.followUp() != null) {
            FollowupTable.insert(h, id, r.followUp());
        }
    }

    /**
     * Records the follow-up of the referral with this code, dated today.
     *
     * @param code       as typed ("k7m4tr" is fine)
     * @param stillGoing null when not asked
     * @param ucla       null when not asked
     * @throws BadInputException for an unknown code or a second follow-up; nothing is stored then
     */
    public FollowUp followUp(String code, boolean attended, Boolean stillGoing, UclaScore ucla) {
        ReferralCode c = ReferralCode.parse(code);
        FollowUp f = new FollowUp(today(), attended, stillGoing, ucla);
        db.jdbi().useTransaction(h -> {
            long id = ReferralTable.idOf(h, c)
                    .orElseThrow(() -> new BadInputException(Messages.get("referral.code.unknown", c)));
            if (FollowupTable.exists(h, id)) {
                throw new BadInputException(Messages.get("referral.followup.twice", c));
            }
            if (ucla != null && !ReferralTable.byId(h, id).followupConsent()) {
                throw new BadInputException(Messages.get("referral.followup.uclaWithoutConsent", c));
            }
            FollowupTable.insert(h, id, f);
        });
        return f;
    }

    /**
     * The referral with this code, with its offers and follow-up, to show before a follow-up is entered.
     *
     * @param code as typed ("k7m4tr" is fine)
     * @throws BadInputException when the text cannot be a referral code
     */
    public Optional<ReferralRecord> find(String code) {
        ReferralCode c = ReferralCode.parse(code);
        return db.jdbi().withHandle(h -> ReferralTable.byCode(h, c).map(row -> {
            ReferralRecord r = row.record();
            return new ReferralRecord(r.code(), r.date(), r.unit(), r.focus(), r.ageBand(), r.postcode(),
                    r.followupConsent(), r.ucla(), ReferralOfferTable.ofReferral(h, row.id()),
                    FollowupTable.ofReferral(h, row.id()).orElse(null));
        }));
    }

    /** The referrals dated in the range, oldest first, with their offers and follow-ups. */
    public List<ReferralRecord> records(DateRange range) {
        return db.jdbi().withHandle(h -> records(h, range));
    }

    static List<ReferralRecord> records(Handle h, DateRange range) {
        List<ReferralTable.Row> rows = ReferralTable.inRange(h, range);
        Map<Long, List<ReferredOffer>> offers = ReferralOfferTable.inRange(h, range);
        Map<Long, FollowUp> followUps = FollowupTable.inRange(h, range);
        List<ReferralRecord> out = new ArrayList<>(rows.size());
        for (ReferralTable.Row row : rows) {
            ReferralRecord r = row.record();
            out.add(new ReferralRecord(r.code(), r.date(), r.unit(), r.focus(), r.ageBand(), r.postcode(),
                    r.followupConsent(), r.ucla(), offers.getOrDefault(row.id(), List.of()), followUps.get(row.id())));
        }
        return out;
    }

    /** The statistics of the referrals dated in the range. */
    public ReferralStatistics statistics(DateRange range) {
        return ReferralStatistics.of(range, records(range));
    }

    /** How many referrals the log holds. */
    public int size() {
        return db.jdbi().withHandle(ReferralTable::count);
    }

    // --- pooling -------------------------------------------------------------------------------

    /** The whole log as a pooling file ({@link PoolFile}). */
    public String exportPool() {
        return PoolFile.write(today(), records(DateRange.ALL));
    }

    /**
     * Imports referrals from other logs, all in one transaction. A code this log already has counts
     * once: only a follow-up it lacks is added. Records past the retention period are skipped.
     */
    public PoolImport importRecords(List<ReferralRecord> incoming) {
        incoming.forEach(ReferralLog::storable);
        incoming.stream().filter(r -> r.unit() != null)
                .forEach(r -> importedUnitCheck.accept(r.unit(), Messages.get("referral.unit.inPool", r.code())));
        return db.jdbi().inTransaction(h -> {
            LocalDate cutoff = cutoff(retentionMonths(h));
            int added = 0;
            int followups = 0;
            int known = 0;
            int conflicts = 0;
            int past = 0;
            for (ReferralRecord r : incoming) {
                if (r.date().isBefore(cutoff)) {
                    past++;
                    continue;
                }
                var id = ReferralTable.idOf(h, r.code());
                if (id.isEmpty()) {
                    insert(h, r);
                    added++;
                    continue;
                }
                ReferralRecord mine = ReferralTable.byId(h, id.get());
                if (!mine.date().equals(r.date()) || !java.util.Objects.equals(mine.unit(), r.unit())) {
                    conflicts++;
                } else if (r.followUp() != null && !FollowupTable.exists(h, id.get())) {
                    FollowupTable.insert(h, id.get(), r.followUp());
                    followups++;
                } else {
                    known++;
                }
            }
            return new PoolImport(added, followups, known, conflicts, past);
        });
    }

    // --- retention -------------------------------------------------------------------------------

    /** How many months a record is kept (default 24). */
    public int retentionMonths() {
        return db.jdbi().withHandle(h -> retentionMonths(h));
    }

    private static int retentionMonths(Handle h) {
        return ReferralSettingTable.get(h, RETENTION_SETTING).map(Integer::parseInt).orElse(DEFAULT_RETENTION_MONTHS);
    }

    /** Changes the retention period and at once deletes what is now past it; returns how many were deleted. */
    public int setRetentionMonths(int months) {
        checkRetention(months);
        return db.jdbi().inTransaction(h -> {
            ReferralSettingTable.put(h, RETENTION_SETTING, Integer.toString(months));
            return ReferralTable.deleteBefore(h, cutoff(months));
        });
    }

    /**
     * How many records a retention period of {@code months} would delete now, without changing anything
     * (to ask before the setting is changed).
     */
    public int countPastRetention(int months) {
        checkRetention(months);
        return db.jdbi().withHandle(h -> ReferralTable.countBefore(h, cutoff(months)));
    }

    private static void checkRetention(int months) {
        if (months < 1 || months > MAX_RETENTION_MONTHS) {
            throw new BadInputException(Messages.get("referral.retention.invalid", months, MAX_RETENTION_MONTHS));
        }
    }

    /**
     * The oldest date still kept: a record dated exactly {@code months} months ago is kept, one a day
     * older is deleted.
     */
    public LocalDate retentionCutoff() {
        return cutoff(retentionMonths());
    }

    private LocalDate cutoff(int months) {
        return today().minusMonths(months);
    }

    /** Deletes the records past the retention period; returns how many. */
    public int applyRetention() {
        // a plain read first: when nothing is past the period (nearly every start) no write lock is taken, so
        // opening the log (every command, a match too) never waits behind another process's writer
        boolean due = db.jdbi().withHandle(h -> ReferralTable.anyBefore(h, cutoff(retentionMonths(h))));
        if (!due) {
            return 0;
        }
        return db.jdbi().inTransaction(h -> ReferralTable.deleteBefore(h, cutoff(retentionMonths(h))));
    }
}
