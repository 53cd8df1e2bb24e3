package dk.henvis.formats.common;

import dk.henvis.catalog.BadInputException;
import dk.henvis.i18n.Messages;
import java.io.FilterReader;
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
import javax.xml.stream.util.StreamReaderDelegate;

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
        return new StopAtDecodingError(new StrictUtf8Reader(Files.newInputStream(file), charset));
    }

    /**
     * A StAX reader over {@code in}. A decoding error in a reader from {@link #open} comes out as an
     * {@link XMLStreamException} whose nested exception is the decoding error, as before, but the JDK's
     * parser never sees it: it would print a second "[Fatal Error]" line on stderr.
     */
    public static XMLStreamReader reader(Reader in) throws XMLStreamException {
        if (!(in instanceof StopAtDecodingError stopping)) {
            return FACTORY.createXMLStreamReader(in);
        }
        XMLStreamReader r;
        try {
            r = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw stopping.explain(e);
        }
        return new StreamReaderDelegate(r) {
            @Override
            public int next() throws XMLStreamException {
                try {
                    return super.next();
                } catch (XMLStreamException e) {
                    throw stopping.explain(e);
                }
            }

            @Override
            public boolean hasNext() throws XMLStreamException {
                try {
                    return super.hasNext();
                } catch (XMLStreamException e) {
                    throw stopping.explain(e);
                }
            }

            @Override
            public int nextTag() throws XMLStreamException {
                try {
                    return super.nextTag();
                } catch (XMLStreamException e) {
                    throw stopping.explain(e);
                }
            }

            @Override
            public String getElementText() throws XMLStreamException {
                try {
                    return super.getElementText();
                } catch (XMLStreamException e) {
                    throw stopping.explain(e);
                }
            }
        };
    }

    /** Ends the text at a decoding error (kept for {@link #explain}) instead of throwing it into the parser. */
    private static final class StopAtDecodingError extends FilterReader {
        private IOException failure;

        StopAtDecodingError(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (failure != null) {
                return -1;
            }
            try {
                return super.read(cbuf, off, len);
            } catch (IOException e) {
                failure = e;
                return -1;
            }
        }

        /** The parser's complaint, or the decoding error that cut the text short (nested). */
        XMLStreamException explain(XMLStreamException e) {
            return failure == null ? e : new XMLStreamException(failure.getMessage(), e.getLocation(), failure);
        }
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
