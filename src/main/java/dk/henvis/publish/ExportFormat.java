package dk.henvis.publish;

import dk.henvis.catalog.ContractCode;
import java.util.Optional;

/** What {@code henvis export} writes (contract §1), by its contract code. */
public enum ExportFormat implements ContractCode {
    /** One HSDS 3 JSON file. */
    HSDS_JSON("hsds-json"),
    /** An HSDS tabular data package folder. */
    HSDS_PACKAGE("hsds-package"),
    /** The static citizen web pages folder. */
    HTML("html");

    private final String code;

    ExportFormat(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Optional<ExportFormat> fromCode(String code) {
        return ContractCode.find(ExportFormat.class, code);
    }

    @Override
    public String toString() {
        return code;
    }
}
