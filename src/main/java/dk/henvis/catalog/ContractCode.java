package dk.henvis.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * An enum constant known outside by a fixed code (contract §1: {@code hsds-json}, {@code html}, ...),
 * looked up case-insensitively and ignoring surrounding spaces.
 */
public interface ContractCode {
    /** The contract's code, e.g. {@code hsds-json}. */
    String code();

    /** The constant of {@code type} with this code, empty when none has it or the code is null. */
    static <E extends Enum<E> & ContractCode> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(c)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
