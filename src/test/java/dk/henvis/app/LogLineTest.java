package dk.henvis.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

class LogLineTest {
    @Test
    void aFailureIsLoggedWithItsLevelLoggerMessageAndStackTrace() {
        LoggerContext context = new LoggerContext();
        Logger logger = context.getLogger("dk.henvis.sync.averyveryverylongpackagename.SyncService");
        LogLine layout = new LogLine();
        layout.setContext(context);
        layout.start();

        String line = layout.doLayout(new LoggingEvent("x", logger, Level.WARN, "sync of {} failed",
                new IllegalStateException("forbindelsen blev afbrudt"), new Object[] {"kultunaut"}));

        assertThat(line).matches("(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[[^]]+\\] "
                + "d\\.h\\.s\\.a\\.SyncService - sync of kultunaut failed\\R"
                + "java\\.lang\\.IllegalStateException: forbindelsen blev afbrudt\\R\\tat .*");
    }
}
