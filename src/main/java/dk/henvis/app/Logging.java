package dk.henvis.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import dk.henvis.catalog.ProtectedPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The program's log: rolling files in {@code <data folder>/logs}, never the console's standard output
 * (the command line's stdout is a JSON contract). What is logged is for diagnosing a failed sync,
 * import or print: ids, counts, durations, errors. Never a citizen's name, note, address, age or
 * anything typed about a person.
 *
 * <p>The window writes {@code henvis.log} (only one window runs at a time); command-line runs write
 * {@code henvis-cli.<date>.log} in logback's prudent mode, so several processes can append safely. Each
 * rolls daily, the window's log also at {@value #MAX_FILE_SIZE}, and only the last
 * {@value #KEEP_DAYS} days are kept (at most {@value #TOTAL_CAP} in all).
 */
public final class Logging {
    public static final String FOLDER = "logs";
    static final String MAX_FILE_SIZE = "5MB";
    static final int KEEP_DAYS = 10;
    static final String TOTAL_CAP = "50MB";

    /** Which process writes. */
    public enum Mode {
        GUI("henvis"), CLI("henvis-cli");

        final String fileName;

        Mode(String fileName) {
            this.fileName = fileName;
        }
    }

    private Logging() {
    }

    /**
     * Sends the log to rolling files in {@code folder} (created if missing). If the folder cannot be
     * written, warnings go to standard error instead and {@code false} is returned.
     */
    public static boolean toFolder(Path folder, Mode mode) {
        ProtectedPaths.logFolder(folder);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                throw new IOException("not writable: " + folder);
            }
        } catch (IOException | RuntimeException e) {
            toStandardError(context);
            LoggerFactory.getLogger(Logging.class).warn("No log file, the log folder cannot be written: {}", e.toString());
            return false;
        }
        context.reset();
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        String base = folder.resolve(mode.fileName).toString();
        if (mode == Mode.CLI) {
            // prudent mode: several command-line processes may write at once; it allows no size trigger
            file.setPrudent(true);
            TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
            policy.setContext(context);
            policy.setParent(file);
            policy.setFileNamePattern(base + ".%d{yyyy-MM-dd}.log");
            policy.setMaxHistory(KEEP_DAYS);
            policy.setTotalSizeCap(FileSize.valueOf(TOTAL_CAP));
            policy.start();
            file.setRollingPolicy(policy);
        } else {
            file.setFile(base + ".log");
            SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
            policy.setContext(context);
            policy.setParent(file);
            policy.setFileNamePattern(base + ".%d{yyyy-MM-dd}.%i.log");
            policy.setMaxFileSize(FileSize.valueOf(MAX_FILE_SIZE));
            policy.setMaxHistory(KEEP_DAYS);
            policy.setTotalSizeCap(FileSize.valueOf(TOTAL_CAP));
            policy.start();
            file.setRollingPolicy(policy);
        }
        file.setEncoder(encoder(context));
        file.start();
        if (!file.isStarted()) {
            toStandardError(context);
            return false;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(file);
        context.getLogger("dk.henvis").setLevel(Level.INFO);
        return true;
    }

    /** Where the log goes when no file can be written: warnings and errors on standard error. */
    static void toStandardError(LoggerContext context) {
        context.reset();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        console.setEncoder(encoder(context));
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
    }

    private static LayoutWrappingEncoder<ILoggingEvent> encoder(LoggerContext context) {
        LogLine layout = new LogLine();
        layout.setContext(context);
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }
}
