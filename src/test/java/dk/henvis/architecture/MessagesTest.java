package dk.henvis.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code uses exists in Danish and in the English fallback, and the two agree. */
class MessagesTest {
    /** Messages.get("key" ...), i18n("key" ...), Messages.format(bundle, "key" ...), Keys.of("key"). */
    private static final Pattern USE = Pattern.compile(
            "(?:Messages\\.get|i18n|Messages\\.format\\([^,]+,|msg)\\(\\s*\"([a-zA-Z0-9_.\\-]+)\"");

    @Test
    void everyUsedKeyExistsInBothBundles() throws IOException {
        Properties da = load("/messages_da.properties");
        Properties en = load("/messages.properties");
        Set<String> used = usedKeys();
        assertThat(used).isNotEmpty();
        Set<String> missingDa = new TreeSet<>();
        Set<String> missingEn = new TreeSet<>();
        for (String key : used) {
            if (!da.containsKey(key)) {
                missingDa.add(key);
            }
            if (!en.containsKey(key)) {
                missingEn.add(key);
            }
        }
        assertThat(missingDa).as("keys missing in messages_da.properties").isEmpty();
        assertThat(missingEn).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("/messages_da.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("/messages.properties").stringPropertyNames()));
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
