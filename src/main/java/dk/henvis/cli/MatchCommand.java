package dk.henvis.cli;

import dk.henvis.core.CoreServices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.Match;
import dk.henvis.matching.MatchResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code henvis match}: ranks offers for one citizen (contract §2, §3). */
@Command(name = "match", description = "Ranks offers for one citizen and says why.")
final class MatchCommand implements Callable<Integer> {
    private static final DateTimeFormatter NEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @ParentCommand
    HenvisCommand root;
    @Spec
    CommandSpec spec;
    @Mixin
    DbOption db;
    @Option(names = "--profile", required = true, paramLabel = "P.json", description = "the citizen profile")
    Path profile;
    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "how many matches (default 10)")
    int top;
    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "the date next sessions count from")
    String today;
    @Option(names = "--json", description = "print the contract's JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new BadInputException(Messages.get("match.cli.badTop", top));
        }
        LocalDate given = parseToday();
        try (CoreServices s = root.open(db.resolve())) {
            // without --today "next" counts from now, date and time; --today counts from the start of that day
            java.time.LocalDateTime from = given != null ? given.atStartOfDay() : java.time.LocalDateTime.now(s.clock());
            CitizenProfile p = s.profileReader().read(profile);
            MatchResult result = s.matching().match(p, top, from);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(toJson(result));
            } else {
                printText(out, result);
            }
            return HenvisCommand.EXIT_OK;
        }
    }

    /** The date given with --today; null when none was given (then today on the services' clock). */
    private LocalDate parseToday() {
        if (today == null) {
            return null;
        }
        try {
            return LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(Messages.get("match.cli.badToday", today));
        }
    }

    static String toJson(MatchResult result) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode matches = root.putArray("matches");
        for (Match m : result.matches()) {
            ObjectNode n = matches.addObject();
            n.put("id", m.offer().id());
            n.put("name", m.offer().name());
            n.put("score", round(m.score(), 3));
            if (m.distanceKm() == null) {
                n.putNull("distanceKm");
            } else {
                n.put("distanceKm", round(m.distanceKm(), 1));
            }
            if (m.next() == null) {
                n.putNull("next");
            } else {
                n.put("next", NEXT.format(m.next()));
            }
            ArrayNode reasons = n.putArray("reasons");
            m.reasons().forEach(reasons::add);
            // added to contract §3, only for a cross-source duplicate (matched once): every source carrying it
            if (m.sources().size() > 1) {
                ArrayNode sources = n.putArray("sources");
                m.sources().forEach(sources::add);
            }
        }
        root.put("excluded", result.excluded());
        // added to contract §3 (issue 14): the typed interests no offer speaks of, and whether the matches
        // are only the nearest open offers because none of the interests fits anything
        ArrayNode unmatched = root.putArray("unmatched");
        result.unmatched().forEach(unmatched::add);
        root.put("nothingFits", result.nothingFits());
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static BigDecimal round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static void printText(PrintWriter out, MatchResult result) {
        for (String none : result.unmatched()) {
            out.println(Messages.get("match.nothingFits", none));
        }
        if (result.nothingFits() && !result.matches().isEmpty()) {
            out.println(Messages.get("match.nothingFits.heading") + ":");
        }
        int rank = 1;
        for (Match m : result.matches()) {
            out.println(Messages.get("match.cli.line", rank++, m.offer().name(), m.offer().key().toString(),
                    m.score()));
            if (m.next() != null) {
                out.println("   " + Messages.get("match.cli.next", NEXT.format(m.next()).replace('T', ' ')));
            }
            for (String r : m.reasons()) {
                out.println("   – " + r);
            }
            if (m.sources().size() > 1) {
                out.println("   " + Messages.get("match.cli.sources", String.join(", ", m.sources())));
            }
        }
        if (result.matches().isEmpty()) {
            out.println(Messages.get("match.cli.none"));
        }
        out.println(Messages.get("match.cli.excluded", result.excluded()));
    }
}
