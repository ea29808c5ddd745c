package org.infoplaza.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.DomainException;

/**
 * Desks acting at the same moment, for races on the real database: each action runs on its own thread,
 * signed in as its staff member, and all are released together once every thread is signed in.
 */
public final class AtOnce {

    /** What one desk got: the action's result, or the rule that refused it. */
    public record Outcome<T>(T value, DomainException refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private AtOnce() {
    }

    /** Runs {@code actions.get(i)} as {@code staff.get(i)}, all at once; the outcomes come back in that order. */
    public static <T> List<Outcome<T>> race(List<StaffPrincipal> staff, List<? extends Callable<T>> actions)
            throws Exception {
        assertThat(staff).hasSameSizeAs(actions);
        ExecutorService pool = Executors.newFixedThreadPool(actions.size());
        try {
            CountDownLatch ready = new CountDownLatch(actions.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < actions.size(); i++) {
                StaffPrincipal who = staff.get(i);
                Callable<T> action = actions.get(i);
                futures.add(pool.submit(() -> {
                    SignedIn.as(who);
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome<>(action.call(), null);
                    } catch (DomainException refusal) {
                        return new Outcome<T>(null, refusal);
                    } finally {
                        SignedIn.nobody();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("every desk signed in").isTrue();
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
