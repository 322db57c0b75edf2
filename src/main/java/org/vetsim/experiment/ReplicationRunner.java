package org.vetsim.experiment;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent tasks (replications) on a fixed number of threads and returns their results
 * in task order, so whatever the number of threads the caller writes the same output. Each
 * task must own its model and random generators. The first failure cancels the tasks not yet
 * started, waits for the running ones and is rethrown.
 */
public final class ReplicationRunner {
    private final int threads;
    private final RunProgress progress;

    /** A runner on {@code threads} threads (1: in the calling thread) reporting to {@code progress}. */
    public ReplicationRunner(int threads, RunProgress progress) {
        this.threads = checkThreads(threads);
        this.progress = progress;
    }

    /** Checks a number of threads asked for ({@code --threads}): at least 1. */
    public static int checkThreads(int threads) {
        if (threads < 1) {
            throw new ExperimentException("--threads must be at least 1, got " + threads);
        }
        return threads;
    }

    /**
     * Runs {@code tasks}; progress counts from {@code alreadyDone} up to {@code total}.
     * Returns the results in the order of the tasks.
     */
    public <T> List<T> run(List<? extends Callable<T>> tasks, int alreadyDone, int total) {
        AtomicInteger done = new AtomicInteger(alreadyDone);
        List<T> results = new ArrayList<>();
        if (threads == 1) {
            for (Callable<T> task : tasks) {
                results.add(call(task));
                progress.update(done.incrementAndGet(), total);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, tasks.size())), daemonThreads());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    T result = call(task);
                    synchronized (progress) {
                        progress.update(done.incrementAndGet(), total);
                    }
                    return result;
                }));
            }
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            stop(pool);
        }
    }

    /** Drops the tasks not started and waits for the running ones, so none outlives {@link #run}. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code tasks}; progress counts from 0 to their number. */
    public <T> List<T> run(List<? extends Callable<T>> tasks) {
        return run(tasks, 0, tasks.size());
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "vetsim-replication-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
