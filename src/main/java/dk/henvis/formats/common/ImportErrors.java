package dk.henvis.formats.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.nio.file.Path;

/** The one-line Danish messages for bad catalogue input, each naming the file and the record or line. */
public final class ImportErrors {
    private ImportErrors() {
    }

    public static BadInputException field(Path file, int record, String id, FieldException e) {
        if (id == null) {
            return new BadInputException(Messages.get("import.error.fieldTypeNoId", file, record, e.field(),
                    e.expected(), e.actual()), e);
        }
        return new BadInputException(Messages.get("import.error.fieldType", file, record, id, e.field(),
                e.expected(), e.actual()), e);
    }

    public static BadInputException missingId(Path file, int record, String key) {
        return new BadInputException(Messages.get("import.error.missingId", file, record, key));
    }

    public static BadInputException missingName(Path file, int record, String id, String key) {
        return new BadInputException(Messages.get("import.error.missingName", file, record, id, key));
    }

    public static BadInputException notAnObject(Path file, int record, long line) {
        return new BadInputException(Messages.get("import.error.notObject", file, record, line));
    }

    public static BadInputException malformedJson(Path file, int record, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        long line = loc == null ? 0 : loc.getLineNr();
        long column = loc == null ? 0 : loc.getColumnNr();
        String why = firstLine(e.getOriginalMessage());
        if (record > 0) {
            return new BadInputException(Messages.get("import.error.malformedJsonRecord", file, record, line, column,
                    why), e);
        }
        return new BadInputException(Messages.get("import.error.malformedJson", file, line, column, why), e);
    }

    public static BadInputException notUtf8(Path file, NotUtf8Exception e) {
        return new BadInputException(Messages.get("import.error.notUtf8", file, e.byteOffset(), e.line()), e);
    }

    public static BadInputException unreadable(Path file, Exception e) {
        return new BadInputException(Messages.get("import.error.unreadable", file, firstLine(String.valueOf(
                e.getMessage()))), e);
    }

    public static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).strip();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
