package dk.henvis.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Work on a thread of its own (the database's Jdbi set-up, the command line's build) gives its caller the result,
 * or the very failure it would have met had it done the work itself: a store's error message stays the one a user
 * reads.
 */
class SideWorkTest {
    @Test
    void theCallerGetsTheResultAndTheWorkRanOnAThreadOfItsOwn() throws Exception {
        Thread caller = Thread.currentThread();
        CountDownLatch afterwards = new CountDownLatch(1);
        SideWork<Thread> work = SideWork.start("side-work-test", Thread::currentThread, afterwards::countDown);
        Thread ran = work.join();
        assertThat(ran).isNotSameAs(caller);
        assertThat(ran.getName()).isEqualTo("side-work-test");
        assertThat(ran.isDaemon()).isTrue();
        assertThat(afterwards.await(5, TimeUnit.SECONDS)).as("the work after the result ran").isTrue();
    }

    @Test
    void aFailureReachesTheCallerAsItWasThrown() {
        StoreException unchecked = new StoreException("kan ikke åbne");
        assertThatThrownBy(() -> SideWork.start("t", () -> {
            throw unchecked;
        }).join()).isSameAs(unchecked);
        OutOfMemoryError error = new OutOfMemoryError("test");
        assertThatThrownBy(() -> SideWork.start("t", () -> {
            throw error;
        }).join()).isSameAs(error);
        assertThatThrownBy(() -> SideWork.start("t", () -> {
            throw new java.io.IOException("checked");
        }).join()).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("checked");
    }
}
