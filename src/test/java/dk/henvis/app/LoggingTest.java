package dk.henvis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoggingTest {
    @TempDir
    Path home;

    @Test
    void theCommandLineLogsToTheDataFolderAndKeepsStdoutForItsOutputOnly() throws Exception {
        Path out = home.resolve("stdout.txt");
        Path err = home.resolve("stderr.txt");
        ProcessBuilder p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "offers", "--db", home.resolve("x.db").toString(), "--json"))
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        p.environment().put("HENVIS_HOME", home.toString());
        Process process = p.start();

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(Files.readString(out).strip()).isEqualTo("[ ]");
        assertThat(Files.readString(err)).isEmpty();
        Path log;
        try (var files = Files.list(home.resolve("logs"))) {
            log = files.filter(f -> f.getFileName().toString().startsWith("henvis-cli.")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .contains("command line: offers")
                .contains("finished with exit code 0")
                .doesNotContain("x.db") // arguments are never logged: they may name a citizen
                // one line per event: time, level, thread, logger, message
                .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] "
                        + "dk\\.henvis\\.app\\.Launcher - Command line finished with exit code 0$");
    }

    @Test
    void aLogFolderThatCannotBeWrittenFallsBackToStandardErrorWithoutFailing() throws Exception {
        Path blocked = home.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the log folder should be");

        boolean toFile = Logging.toFolder(blocked.resolve("logs"), Logging.Mode.CLI);

        assertThat(toFile).isFalse();
        var context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        context.reset();
        new ch.qos.logback.classic.util.ContextInitializer(context).autoConfig();
    }
}
