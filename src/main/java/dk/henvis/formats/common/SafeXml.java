package dk.henvis.formats.common;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX that never resolves anything: no DTD support, no external entities, no entity replacement. A
 * document with a DOCTYPE (the carrier of external entities and entity-expansion bombs) or an entity
 * reference is refused with a clear error before anything is expanded.
 */
public final class SafeXml {
    private static final Pattern DECLARED = Pattern.compile("<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /**
     * A reader over the file, decoded strictly in the encoding its XML declaration names (UTF-8 when it
     * names none).
     */
    public static Reader open(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(200);
        }
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return new StrictUtf8Reader(Files.newInputStream(file), charset);
    }

    public static XMLStreamReader reader(Reader in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    public static BadInputException doctype(Path file, int line) {
        return new BadInputException(Messages.get("import.error.xmlDoctype", file, line));
    }

    public static BadInputException entity(Path file, int line, String name) {
        return new BadInputException(Messages.get("import.error.xmlEntity", file, line, name));
    }

    public static BadInputException malformed(Path file, XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
        String why = e.getMessage() == null ? "" : e.getMessage();
        int msg = why.indexOf("Message:");
        if (msg >= 0) {
            why = why.substring(msg + "Message:".length());
        }
        return new BadInputException(Messages.get("import.error.xmlMalformed", file, line, column,
                ImportErrors.firstLine(why)), e);
    }
}
