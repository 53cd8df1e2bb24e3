package dk.henvis.ui.citizen;

import static dk.henvis.ui.I18n.i18n;

import dk.henvis.matching.CitizenProfile;
import dk.henvis.matching.HardRule;
import dk.henvis.matching.Match;
import dk.henvis.matching.MatchResult;
import dk.henvis.ui.MatchPort;
import dk.henvis.ui.concurrent.BackgroundTask;
import dk.henvis.ui.concurrent.Debouncer;
import dk.henvis.ui.concurrent.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ranked suggestions for the citizen being described. They follow the typing: a change to the
 * profile starts a new ranking 50 ms after the last keystroke (so the list is new within 100 ms of it), computed in the background; a
 * ranking that finishes after a newer one started is dropped. The worker picks one to three of them
 * for the handout.
 */
public final class ResultsViewModel {
    public static final Duration DEBOUNCE = Duration.ofMillis(50);
    public static final int TOP = 20;
    public static final int MAX_CHOSEN = 3;

    private final MatchPort matcher;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Supplier<CitizenProfile> profile;
    private final Debouncer debouncer;
    private final AtomicLong generation = new AtomicLong();
    /** A ranking runs; another was asked for meanwhile; the profile last ranked (JavaFX thread only). */
    private boolean running;
    private boolean again;
    private CitizenProfile lastAsked;

    private final ObservableList<Match> matches = FXCollections.observableArrayList();
    private final ObservableList<Match> chosen = FXCollections.observableArrayList();
    private final ObjectProperty<Match> selected = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty emptyMessage = new SimpleStringProperty("");
    /** "Ingen tilbud handler om 'paragliding'" (and, when nothing fits at all, that the nearest open offers follow). */
    private final StringProperty notice = new SimpleStringProperty("");
    private final ObjectProperty<HardRule> relaxable = new SimpleObjectProperty<>();
    private final BooleanProperty computing = new SimpleBooleanProperty();

    public ResultsViewModel(MatchPort matcher, TaskExecutor executor, Clock clock, Supplier<CitizenProfile> profile) {
        this.matcher = matcher;
        this.executor = executor;
        this.clock = clock;
        this.profile = profile;
        this.debouncer = new Debouncer(executor, DEBOUNCE, this::rankIfChanged);
    }

    /** The profile changed: rank again once the typing pauses. */
    public void profileChanged() {
        debouncer.trigger();
    }

    /** After a pause in the typing: ranks when the profile is not the one last ranked (or being ranked). */
    private void rankIfChanged() {
        if (!profile.get().equals(lastAsked)) {
            recompute();
        }
    }

    /**
     * Ranks now, off the JavaFX thread. One ranking runs at a time: one asked for while another runs starts when
     * that one ends, with the profile as it is then, and the one that ran is not shown (issue 17: at start, two
     * rankings in parallel each read the same offers in a cold JVM, and typing ranked every pause at once).
     */
    public void recompute() {
        computing.set(true);
        if (running) {
            again = true;
            return;
        }
        running = true;
        again = false;
        long mine = generation.incrementAndGet();
        CitizenProfile p = profile.get();
        lastAsked = p;
        java.time.LocalDateTime now = java.time.LocalDateTime.now(clock);
        executor.submit(BackgroundTask.of(progress -> matcher.match(p, TOP, now))
                .onSuccess(result -> {
                    if (generation.get() == mine && !again) {
                        show(result);
                    }
                })
                .onFailure(e -> {
                    if (generation.get() == mine && !again) {
                        matches.clear();
                        emptyMessage.set(i18n("ui.results.failed"));
                        relaxable.set(null);
                    }
                })
                .onFinished(() -> {
                    running = false;
                    if (again) {
                        recompute();
                    } else if (generation.get() == mine) {
                        computing.set(false);
                    }
                }));
    }

    private void show(MatchResult result) {
        Match keep = selected.get();
        matches.setAll(result.matches());
        // a chosen offer stays chosen while it is still suggested (matched again by offer key)
        chosen.removeIf(c -> result.matches().stream().noneMatch(m -> sameOffer(m, c)));
        chosen.replaceAll(c -> result.matches().stream().filter(m -> sameOffer(m, c)).findFirst().orElse(c));
        selected.set(keep == null ? null
                : result.matches().stream().filter(m -> sameOffer(m, keep)).findFirst().orElse(null));
        summary.set(i18n("ui.results.count", result.matches().size(), result.excluded()));
        notice.set(noticeOf(result));
        if (result.matches().isEmpty()) {
            Optional<Map.Entry<HardRule, Integer>> worst = result.excludedByRule().entrySet().stream()
                    .filter(e -> e.getValue() > 0 && e.getKey() != HardRule.NOT_ACTIVE)
                    .max(Comparator.comparingInt(Map.Entry::getValue));
            if (worst.isPresent()) {
                relaxable.set(worst.get().getKey());
                emptyMessage.set(i18n("ui.results.noneBecause", ruleText(worst.get().getKey()), worst.get().getValue()));
            } else {
                relaxable.set(null);
                emptyMessage.set(i18n("ui.results.none"));
            }
        } else {
            relaxable.set(null);
            emptyMessage.set("");
        }
    }

    /** What the worker should know before reading the list: interests no offer speaks of. */
    static String noticeOf(MatchResult result) {
        if (result.unmatched().isEmpty()) {
            return "";
        }
        String none = String.join(" ", result.unmatched().stream().map(u -> i18n("match.nothingFits", u) + ".").toList());
        return result.nothingFits() && !result.matches().isEmpty()
                ? none + " " + i18n("ui.results.nearestOpen") : none;
    }

    private static boolean sameOffer(Match a, Match b) {
        return a.offer().key().equals(b.offer().key());
    }

    /** Adds or removes a suggestion from the handout; at most three can be chosen. */
    public void toggleChosen(Match m) {
        Optional<Match> present = chosen.stream().filter(c -> sameOffer(c, m)).findFirst();
        if (present.isPresent()) {
            chosen.remove(present.get());
        } else if (chosen.size() < MAX_CHOSEN) {
            chosen.add(m);
        }
    }

    public boolean isChosen(Match m) {
        return chosen.stream().anyMatch(c -> sameOffer(c, m));
    }

    /** "Ny borger": forgets the suggestions and the choice. */
    public void clear() {
        generation.incrementAndGet();
        again = false;
        lastAsked = null;
        chosen.clear();
        selected.set(null);
        matches.clear();
        emptyMessage.set("");
        notice.set("");
        relaxable.set(null);
        summary.set("");
        computing.set(false);
    }

    /** What the hard rule means, for "Ingen tilbud – flest udelukket af ...". */
    public static String ruleText(HardRule rule) {
        return switch (rule) {
            case NOT_ACTIVE -> i18n("ui.rule.notActive");
            case AGE -> i18n("ui.rule.age");
            case DISTANCE -> i18n("ui.rule.distance");
            case WHEELCHAIR -> i18n("ui.rule.wheelchair");
            case FREE -> i18n("ui.rule.free");
            case DAYTIME -> i18n("ui.rule.daytime");
            case EVENING -> i18n("ui.rule.evening");
            case NEAR_TRANSPORT -> i18n("ui.rule.nearTransport");
            case SEX -> i18n("ui.rule.sex");
            case AVAILABILITY -> i18n("ui.rule.availability");
        };
    }

    public ObservableList<Match> matches() {
        return matches;
    }

    public ObservableList<Match> chosen() {
        return chosen;
    }

    public BooleanBinding hasChosen() {
        return Bindings.isNotEmpty(chosen);
    }

    public ObjectProperty<Match> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyObjectProperty<HardRule> relaxableProperty() {
        return relaxable;
    }

    public BooleanProperty computingProperty() {
        return computing;
    }
}
