package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import dk.henvis.catalog.BadInputException;
import dk.henvis.catalog.FocusLevel;
import dk.henvis.catalog.Gazetteer;
import dk.henvis.i18n.Messages;
import dk.henvis.catalog.Offer;
import dk.henvis.catalog.OfferStore;
import dk.henvis.handout.HandoutRequest;
import dk.henvis.settings.StaffUnit;
import dk.henvis.handout.HandoutSettings;
import dk.henvis.handout.HandoutRenderer;
import dk.henvis.referrals.ReferralLog;
import dk.henvis.referrals.ReferralRecord;
import dk.henvis.referrals.UclaScore;
import dk.henvis.settings.ReferralUnits;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code henvis handout}: writes the one-page referral handout (contract §1), records the anonymous
 * referral in the log (unless {@code --no-log}) and prints its referral code as the last line of
 * stdout. The name and note are printed on the page, never stored; the age only as its band.
 */
@Command(name = "handout", description = "Writes the one-page referral handout.")
final class HandoutCommand implements Callable<Integer> {
    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--offer", required = true, paramLabel = "ID",
            description = "an offer's id (or source:id); one to three times")
    List<String> offerIds = new ArrayList<>();
    @Option(names = "--out", required = true, paramLabel = "OUT.pdf", description = "the PDF file to write")
    Path out;
    @Option(names = "--name", paramLabel = "NAME", description = "the citizen's first name (printed, never stored)")
    String name;
    @Option(names = "--note", paramLabel = "TEXT", description = "a personal note (printed, never stored)")
    String note;
    @Option(names = "--large-print", description = "body text at 16 pt or more; at most two offers")
    boolean largePrint;
    @Option(names = "--unit", paramLabel = "NAME", description = "the staff unit, for the anonymous referral log")
    String unit;
    @Option(names = "--age", paramLabel = "N", description = "the citizen's age (only its band is logged)")
    String age;
    @Option(names = "--postcode", paramLabel = "PC", description = "the citizen's postcode")
    String postcode;
    @Option(names = "--focus", paramLabel = "F", description = "forebyg, tidlig or stoette")
    String focus;
    @Option(names = "--ucla", paramLabel = "A,B,C", description = "the three UCLA loneliness items, each 1-3")
    String ucla;
    @Option(names = "--followup-consent", description = "the citizen agreed to be asked later how it went")
    boolean followupConsent;
    @Option(names = "--no-log", description = "do not record the referral in the anonymous log")
    boolean noLog;
    @Option(names = "--profile", paramLabel = "P.json",
            description = "the citizen profile (contract §2); with the wheelchair need each offer's step-free access is printed")
    Path profile;

    @Override
    public Integer call() {
        ReferralDetails details = ReferralDetails.parse(unit, age, postcode, focus, ucla);
        try (CoreServices s = root.open(db.resolve())) {
            // read before anything is written: a bad profile is exit 2 with nothing stored
            boolean stepFree = profile != null
                    && s.profileReader().read(profile).needs().contains(dk.henvis.matching.Need.WHEELCHAIR);
            // the footer's unit is checked before anything is written, log or no log
            HandoutRenderer renderer = footerFor(s, details.unit());
            List<Offer> offers = resolve(s.offers());
            ReferralLog log = s.referrals();
            // the record is drafted first (it checks the anonymous facts and gives a code no record has),
            // stored only once the handout is written
            // the log holds only units from the list (a name or a CPR number typed as a unit is refused)
            String unitName = noLog || details.unit() == null ? null
                    : new ReferralUnits(s.settings()).require(details.unit(), "--unit");
            ReferralRecord record = noLog ? null : log.draft(unitName, details.focus(), details.age(),
                    details.postcode(), followupConsent, details.ucla(), offers);
            String code = record == null ? log.newCode().value() : record.code().value();
            HandoutRequest request = new HandoutRequest(offers, name, note, code, log.today(), largePrint, stepFree);
            renderer.write(request, out);
            if (record != null) {
                log.record(record);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(Messages.get("handout.cli.written", out));
            stdout.println("referral-code: " + code);
            return HenvisCommand.EXIT_OK;
        }
    }

    /**
     * The renderer whose footer names the referring unit: a unit known to the installation given with
     * {@code --unit} (a built-in staff unit by its code, or one the coordinator added) names itself and the unit
     * phone from the settings; an unknown unit is bad input naming the known ones. Without {@code --unit}, the
     * settings' unit, as in the window.
     */
    private static HandoutRenderer footerFor(CoreServices s, String unit) {
        if (unit == null) {
            return s.handouts();
        }
        String known = new ReferralUnits(s.settings()).require(unit, "--unit");
        return new HandoutRenderer(HandoutSettings.forUnit(known, s.settings().unitPhone().orElse(null)));
    }

    private List<Offer> resolve(OfferStore store) {
        if (offerIds.size() > HandoutRequest.MAX_OFFERS) {
            throw new BadInputException(Messages.get("handout.error.count", offerIds.size()));
        }
        List<Offer> offers = new ArrayList<>();
        for (String id : offerIds) {
            List<Offer> found = store.findById(id.strip());
            if (found.isEmpty()) {
                throw new BadInputException(Messages.get("handout.error.unknownOffer", id));
            }
            if (found.size() > 1) {
                throw new BadInputException(Messages.get("handout.error.ambiguousOffer", id,
                        found.stream().map(o -> o.key().source()).collect(Collectors.joining(", "))));
            }
            Offer o = found.get(0);
            if (offers.stream().anyMatch(x -> x.key().equals(o.key()))) {
                throw new BadInputException(Messages.get("handout.error.duplicate", id));
            }
            if (store.isWithdrawn(o.key())) {
                throw new BadInputException(Messages.get("handout.error.withdrawn", id, o.name()));
            }
            if (!o.isActive()) {
                throw new BadInputException(Messages.get("handout.error.inactive", id, o.name()));
            }
            offers.add(o);
        }
        return offers;
    }

    /** The anonymous facts for the referral log, validated; never the name or the note. */
    record ReferralDetails(String unit, Integer age, String postcode, FocusLevel focus, UclaScore ucla) {
        static ReferralDetails parse(String unit, String age, String postcode, String focus, String ucla) {
            return new ReferralDetails(unit == null || unit.isBlank() ? null : unit.strip(), parseAge(age),
                    parsePostcode(postcode), parseFocus(focus), ucla == null ? null : UclaScore.parse(ucla));
        }

        private static Integer parseAge(String age) {
            if (age == null) {
                return null;
            }
            try {
                int a = Integer.parseInt(age.strip());
                if (a >= 0 && a <= 120) {
                    return a;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new BadInputException(Messages.get("handout.error.age", age));
        }

        private static String parsePostcode(String pc) {
            if (pc == null) {
                return null;
            }
            if (!pc.strip().matches("\\d{4}")) {
                throw new BadInputException(Messages.get("handout.error.postcode", pc));
            }
            if (!Gazetteer.bundled().isPostcode(pc)) {
                throw new BadInputException(Messages.get("handout.error.postcodeUnknown", pc));
            }
            return pc.strip();
        }

        private static FocusLevel parseFocus(String focus) {
            if (focus == null) {
                return null;
            }
            return FocusLevel.fromCode(focus)
                    .orElseThrow(() -> new BadInputException(Messages.get("handout.error.focus", focus)));
        }
    }
}
