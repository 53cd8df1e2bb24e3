package dk.henvis.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.henvis.catalog.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void aChangeIsWrittenAndReadBack() {
        Settings.in(dir).setUnit(StaffUnit.values()[0], " 47 35 10 00 ");
        Settings again = Settings.in(dir);
        assertThat(again.unit()).contains(StaffUnit.values()[0]);
        assertThat(again.unitPhone()).contains("47 35 10 00");
    }

    @Test
    void aSettingsFileThatCannotBeWrittenIsSaidInTheBundlesWordsAndLeavesNoTemporaryFile() throws IOException {
        Files.createDirectory(dir.resolve(Settings.FILE_NAME));
        Settings settings = Settings.in(dir);
        assertThatThrownBy(() -> settings.setCoordinatorMode(true)).isInstanceOf(BadInputException.class)
                .hasMessage("Kan ikke gemme indstillingerne i " + dir.resolve(Settings.FILE_NAME) + ": det er en mappe");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(Settings.FILE_NAME);
        }
    }
}
