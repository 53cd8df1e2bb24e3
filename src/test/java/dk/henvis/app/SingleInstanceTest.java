package dk.henvis.app;

import dk.henvis.core.CoreServices;
import static org.assertj.core.api.Assertions.assertThat;

import dk.henvis.catalog.DataLocations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path home;

    @Test
    void aSecondStartInAnotherProcessBringsTheFirstToTheFrontAndNeverOpensTheDatabase() throws Exception {
        CountDownLatch broughtToFront = new CountDownLatch(1);
        SingleInstance.Claim first = SingleInstance.claim(home);
        assertThat(first.outcome()).isEqualTo(SingleInstance.Outcome.FIRST);
        try (SingleInstance instance = first.instance()) {
            instance.onActivate(broughtToFront::countDown);

            // the real launcher with no arguments, as a double-click on the desktop entry starts it
            Process second = ChildJvm.start(home, Map.of("HENVIS_HOME", home.toString()), Launcher.class);

            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isZero();
            assertThat(broughtToFront.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(home.resolve(DataLocations.DB_FILE_NAME)).doesNotExist();
        }
    }

    @Test
    void theLauncherDoesNotOpenTheDatabaseWhileAnotherWindowHoldsTheLock() throws Exception {
        AtomicInteger front = new AtomicInteger();
        AtomicInteger opened = new AtomicInteger();
        DataLocations locations = new DataLocations(Map.of("HENVIS_HOME", home.toString()), "Linux", home);
        try (SingleInstance instance = SingleInstance.claim(home).instance()) {
            instance.onActivate(front::incrementAndGet);

            int code = Launcher.startGui(locations, db -> {
                opened.incrementAndGet();
                return Services.open(db);
            }, (services, lock) -> 0);

            assertThat(code).isZero();
            assertThat(opened).hasValue(0);
            assertThat(front).hasValue(1);
        }
    }

    @Test
    void theLockIsFreeAgainWhenTheWindowCloses() throws Exception {
        SingleInstance.claim(home).instance().close();

        SingleInstance.Claim again = SingleInstance.claim(home);

        assertThat(again.outcome()).isEqualTo(SingleInstance.Outcome.FIRST);
        again.instance().close();
    }

    @Test
    void aRequestBeforeTheWindowIsReadyIsDeliveredWhenTheUiRegisters() throws Exception {
        AtomicInteger front = new AtomicInteger();
        try (SingleInstance instance = SingleInstance.claim(home).instance()) {
            assertThat(SingleInstance.claim(home).outcome()).isEqualTo(SingleInstance.Outcome.ACTIVATED_OTHER);

            instance.onActivate(front::incrementAndGet);

            assertThat(front).hasValue(1);
        }
    }

    @Test
    void theFirstWindowOpensTheDatabaseAndHoldsTheLockWhileItRuns() throws Exception {
        DataLocations locations = new DataLocations(Map.of("HENVIS_HOME", home.toString()), "Linux", home);
        AtomicInteger secondOutcome = new AtomicInteger(-1);

        int code = Launcher.startGui(locations, Services::open, (services, lock) -> {
            try {
                secondOutcome.set(SingleInstance.claim(home).outcome().ordinal());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return 0;
        });

        assertThat(code).isZero();
        assertThat(secondOutcome).hasValue(SingleInstance.Outcome.ACTIVATED_OTHER.ordinal());
        assertThat(Files.exists(home.resolve(DataLocations.DB_FILE_NAME))).isTrue();
        SingleInstance.Claim afterClose = SingleInstance.claim(home);
        assertThat(afterClose.outcome()).isEqualTo(SingleInstance.Outcome.FIRST);
        afterClose.instance().close();
    }
}
