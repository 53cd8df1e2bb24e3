package dk.henvis.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a separate Java process on the test class path, as a second start of Henvis would be. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(Path workDir, Map<String, String> env, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Djava.awt.headless=true");
        command.add("-Xshare:auto");
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve(main.getSimpleName() + "-" + System.nanoTime() + ".out").toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb.start();
    }
}
