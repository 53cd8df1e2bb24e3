package dk.henvis.formats;

import dk.henvis.catalog.ContractCode;
import java.util.Optional;

/** The catalogue formats {@code import} and {@code sync} read (contract §4), by their contract code. */
public enum SourceFormat implements ContractCode {
    HSDS_JSON("hsds-json"),
    HSDS_PACKAGE("hsds-package"),
    KULTUNAUT_JSON("kultunaut-json"),
    KULTUNAUT_XML("kultunaut-xml");

    private final String code;

    SourceFormat(String code) {
        this.code = code;
    }

    /** The contract's code, e.g. {@code hsds-json}. */
    @Override
    public String code() {
        return code;
    }

    /** The format with this contract code, empty when no format has it. */
    public static Optional<SourceFormat> fromCode(String code) {
        return ContractCode.find(SourceFormat.class, code);
    }

    @Override
    public String toString() {
        return code;
    }
}
