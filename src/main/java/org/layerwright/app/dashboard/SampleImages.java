package org.layerwright.app.dashboard;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/** Draws {@link SampleImage}s: dark ink on white, pixels kept square and sharp. */
final class SampleImages {
    private SampleImages() {
    }

    static ImageView view(SampleImage sample, double size) {
        WritableImage image = new WritableImage(sample.width(), sample.height());
        PixelWriter writer = image.getPixelWriter();
        float[] pixels = sample.pixels();
        for (int y = 0; y < sample.height(); y++) {
            for (int x = 0; x < sample.width(); x++) {
                float v = Math.max(0f, Math.min(1f, pixels[y * sample.width() + x]));
                int grey = 255 - Math.round(v * 255);
                writer.setArgb(x, y, 0xff000000 | grey << 16 | grey << 8 | grey);
            }
        }
        ImageView view = new ImageView(image);
        view.setFitWidth(size);
        view.setFitHeight(size);
        view.setSmooth(false);
        return view;
    }
}
