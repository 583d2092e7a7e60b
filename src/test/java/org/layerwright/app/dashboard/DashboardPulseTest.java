package org.layerwright.app.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerwright.app.TestWindows;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.core.Keras;
import org.layerwright.editor.ModelConversion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window keeps responding while training runs: measures the longest gap between two UI pulses from the start
 * of a run to its end. JavaFX pulses 60 times a second (17 ms apart) when the UI thread is free; the bound is
 * generous so that a loaded build machine does not fail it, and the measured value is printed with the load.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardPulseTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-background");
        thread.setDaemon(true);
        return thread;
    });
    private DashboardViewModel dashboard;
    private volatile long lastPulse;
    private volatile long longestGap;
    private volatile long pulses;

    @Start
    void start(Stage stage) {
        Keras.clearSession();
        MainViewModel main = new MainViewModel(ModelConversion.fromJson(DashboardUiTest.digitsMlp()));
        dashboard = TestWindows.show(stage, main, background, 1260, 790).tabs().dashboard().model();
    }

    @AfterEach
    void shutDown() {
        background.shutdownNow();
    }

    @Test
    void theUiThreadKeepsPulsingWhileTrainingRuns(FxRobot robot) throws Exception {
        robot.clickOn("#tab-train");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dashboard.data().summaryProperty().get() != null);
        AnimationTimer probe = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastPulse != 0) {
                    longestGap = Math.max(longestGap, now - lastPulse);
                }
                lastPulse = now;
                pulses++;
            }
        };
        long[] fxThread = new long[1];
        robot.interact(() -> {
            fxThread[0] = Thread.currentThread().getId();
            dashboard.settings().epochsProperty().set(6);
            dashboard.settings().validationSplitProperty().set(0.2);
            dashboard.settings().batchSizeProperty().set(16);
            probe.start();
            assertTrue(dashboard.start());
        });
        long cpuBefore = ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread[0]);
        long renderBefore = renderCpu();
        long wallBefore = System.nanoTime();
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS,
                () -> !dashboard.session().stateProperty().get().active());
        long wall = System.nanoTime() - wallBefore;
        double uiBusy = (ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread[0]) - cpuBefore)
                / (double) wall;
        double renderBusy = (renderCpu() - renderBefore) / (double) wall;
        robot.interact(probe::stop);
        assertEquals(RunState.FINISHED, dashboard.session().stateProperty().get(),
                dashboard.session().messageProperty().get());
        double gapMillis = longestGap / 1e6;
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println(String.format(Locale.ROOT, "Longest UI pulse gap during a training run: %.1f ms (%d"
                + " pulses; UI thread busy %.0f%% and renderer %.0f%% of the time; %,.0f samples/s; load average %.1f on %d"
                + " cores)", gapMillis, pulses, 100 * uiBusy, 100 * renderBusy,
                dashboard.session().progress().samplesPerSecond(), load,
                Runtime.getRuntime().availableProcessors()));
        assertTrue(pulses > 30, "the probe ran through the run: " + pulses + " pulses");
        // Blocking the UI thread on training (a fit on it, or a runLater per batch) shows as gaps of seconds. A
        // quiet machine measures 20-100 ms; one running several builds at once stretches every frame, hence the
        // generous bound.
        assertTrue(gapMillis < 1000, "longest pulse gap " + gapMillis + " ms");
    }

    /** CPU time of JavaFX's rendering thread, which draws the frames the UI thread lays out. */
    private static long renderCpu() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("QuantumRenderer")) {
                return ManagementFactory.getThreadMXBean().getThreadCpuTime(thread.getId());
            }
        }
        return 0;
    }
}
