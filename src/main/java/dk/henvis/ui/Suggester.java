package dk.henvis.ui;

import java.util.List;

/** Words to suggest while the worker types (the interest vocabulary, as the GUI sees it). */
@FunctionalInterface
public interface Suggester {
    Suggester NONE = (prefix, limit) -> List.of();

    List<String> suggest(String prefix, int limit);
}
