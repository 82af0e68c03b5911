package app.footprint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest value seen. Used
 * heap includes garbage not yet collected, so the figure is an upper bound of what the work needs; run
 * under {@code -Xmx256m} to prove the bound.
 */
final class HeapWatch implements AutoCloseable {
    private static final long EVERY_MS = 5;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peak;

    HeapWatch() {
        peak = used();
        sampler = new Thread(this::sample, "footprint-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, used());
            try {
                Thread.sleep(EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The highest used heap seen so far, in bytes. */
    long peakBytes() {
        return Math.max(peak, used());
    }

    /** The largest heap the JVM may use ({@code -Xmx}), in bytes. */
    long maxBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
