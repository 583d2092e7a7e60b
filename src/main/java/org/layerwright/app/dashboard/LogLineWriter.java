package org.layerwright.app.dashboard;

import java.io.Writer;
import java.util.Queue;

/** A Writer that hands every complete line (Keras's progress log) to the event queue; carriage returns are dropped. */
final class LogLineWriter extends Writer {
    private final Queue<TrainingEvent> queue;
    private final StringBuilder line = new StringBuilder();

    LogLineWriter(Queue<TrainingEvent> queue) {
        this.queue = queue;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (c == '\n') {
                queue.add(new TrainingEvent.LogLine(line.toString()));
                line.setLength(0);
            } else if (c == '\r') {
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
