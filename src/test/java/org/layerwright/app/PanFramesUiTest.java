package org.layerwright.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.layerwright.app.workbench.MainViewModel;
import org.layerwright.app.workbench.MainWindow;
import org.layerwright.editor.TestDocuments;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Counts the frames (pulses) the window renders while the canvas pans across a 500-layer graph and prints the
 * rate. It reports the figure; it does not assert a timing, which depends on the machine. {@code -Dpan.layers=N}
 * (in the test JVM's arguments) pans a chain of N + 1 layers instead, for comparison.
 */
@ExtendWith(ApplicationExtension.class)
class PanFramesUiTest {
    private static final int PAN_STEPS = 180;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        MainViewModel main = new MainViewModel(TestDocuments.chain(Integer.getInteger("pan.layers", 499), 16));
        window = TestWindows.show(stage, main);
    }

    @Test
    void panningA500NodeGraphReportsItsFrameRate(FxRobot robot) throws Exception {
        assertEquals(Integer.getInteger("pan.layers", 499) + 1, window.canvas().model().nodes().size());
        AtomicInteger pulses = new AtomicInteger();
        AtomicInteger steps = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        long[] startEnd = new long[2];
        Runnable counter = pulses::incrementAndGet;
        robot.interact(() -> {
            window.getScene().addPostLayoutPulseListener(counter);
            startEnd[0] = System.nanoTime();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    // One pan step per frame, as a drag with the right mouse button does.
                    window.canvas().panBy(0, -40);
                    if (steps.incrementAndGet() == PAN_STEPS) {
                        stop();
                        startEnd[1] = System.nanoTime();
                        done.countDown();
                    }
                }
            }.start();
        });
        assertTrue(done.await(120, TimeUnit.SECONDS), "the pan finished");
        robot.interact(() -> window.getScene().removePostLayoutPulseListener(counter));
        double seconds = (startEnd[1] - startEnd[0]) / 1e9;
        System.out.println(String.format(Locale.US, "Panning a %d-layer graph: %d frames in %.2f s = %.1f frames/s"
                + " (%d pan steps)", window.canvas().model().nodes().size(), pulses.get(), seconds,
                pulses.get() / seconds, PAN_STEPS));
        assertTrue(pulses.get() > 0);
    }
}
