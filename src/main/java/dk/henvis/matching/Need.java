package dk.henvis.matching;

import java.util.Arrays;
import java.util.Optional;

/** The contract's {@code needs} codes (§2). */
public enum Need {
    WHEELCHAIR("wheelchair"),
    FREE("free"),
    DAYTIME("daytime"),
    EVENING("evening"),
    NEAR_TRANSPORT("near_transport"),
    WOMEN_ONLY("women_only"),
    MEN_ONLY("men_only");

    private final String code;

    Need(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Need> fromCode(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst();
    }
}
