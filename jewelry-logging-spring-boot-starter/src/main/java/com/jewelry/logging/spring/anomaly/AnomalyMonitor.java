package com.jewelry.logging.spring.anomaly;

import com.jewelry.logging.analysis.anomaly.AnomalyDetector;
import com.jewelry.logging.masking.Masker;
import com.jewelry.logging.spring.backend.LoggingBackend;
import org.springframework.context.SmartLifecycle;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the service's anomaly detector: attaches the feed to the root logger (Logback or Log4j2) while the application runs and
 * moves the detector's clock forward every second (so a quiet series is scored too), then runs the tick hooks
 * (the score gauges).
 */
public final class AnomalyMonitor implements SmartLifecycle {

    private final AnomalyDetector detector;
    private final AnomalyFeed feed;
    private final List<Runnable> afterTick = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService ticker;
    private Runnable detach = () -> { };
    private volatile boolean running;

    /** @param masker the service's masking, which decides how a client address is shown (its network) */
    public AnomalyMonitor(AnomalyDetector detector, String system, Masker masker) {
        this.detector = detector;
        this.feed = new AnomalyFeed(detector, system, masker);
    }

    public AnomalyDetector detector() {
        return detector;
    }

    /** Runs {@code hook} after every tick of the detector. */
    public void afterTick(Runnable hook) {
        afterTick.add(hook);
    }

    /** Moves the detector to now and runs the hooks; called every second while running. */
    public void tick() {
        try {
            detector.tick();
            for (Runnable hook : afterTick) {
                hook.run();
            }
        } catch (RuntimeException e) {
            // a failing hook must not stop the ticker; the detector itself never throws into its callers
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        detach = LoggingBackend.current().map(backend -> backend.observe("JEWELRY_ANOMALY_FEED", feed))
                .orElse(() -> { });
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "jewelry-anomaly-ticker");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        ticker.shutdownNow();
        detach.run();
        detach = () -> { };
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
