package vn.loa.sample;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Draws the sample portal's one photo, {@code content/tin-tuc/ngay-hoi-khoi-nghiep-hoc-duong-2025/gian-trung-bay.jpg}:
 * a fair ground under a sky, a row of booths with awnings and a crowd, drawn with java.awt from a fixed seed
 * (nobody's picture, no camera data). Made once; run again with
 * {@code mvn -q -o test-compile && java -cp "target/test-classes:target/classes:$(cat cp.txt)" vn.loa.sample.SamplePhotoMaker}
 * after {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class SamplePhotoMaker {

    private SamplePhotoMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "content/tin-tuc/ngay-hoi-khoi-nghiep-hoc-duong-2025/gian-trung-bay.jpg");
        Files.write(out, vn.loa.image.PhotoProcessorAccess.jpeg(draw(1600, 1067, 2025)));
    }

    /** A fair: sky, trees, booths with striped awnings, a crowd of round heads. */
    public static BufferedImage draw(int w, int h, long seed) {
        Random random = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 175, 230), 0, h * 0.45f, new Color(215, 232, 245)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(96, 140, 70));
        for (int i = 0; i < 14; i++) {
            int x = i * w / 13 + random.nextInt(40) - 20;
            int r = h / 10 + random.nextInt(h / 12);
            g.fillOval(x - r, (int) (h * 0.38) - r, 2 * r, 2 * r);
        }
        g.setPaint(new GradientPaint(0, h * 0.45f, new Color(190, 180, 160), 0, h, new Color(140, 128, 110)));
        g.fillRect(0, (int) (h * 0.45), w, h);
        Color[] awnings = {new Color(200, 40, 40), new Color(30, 90, 170), new Color(230, 160, 30), new Color(40, 140, 90)};
        int booths = 5;
        for (int b = 0; b < booths; b++) {
            int bx = w / 20 + b * (w * 9 / 10) / booths;
            int bw = (w * 9 / 10) / booths - w / 40;
            int top = (int) (h * 0.33);
            g.setColor(new Color(245, 245, 240));
            g.fillRect(bx, top + h / 12, bw, h / 4);
            for (int s = 0; s < 8; s++) {
                g.setColor(s % 2 == 0 ? awnings[b % awnings.length] : Color.WHITE);
                g.fillRect(bx + s * bw / 8, top, bw / 8 + 1, h / 12);
            }
            g.setColor(new Color(60, 60, 60));
            g.setStroke(new BasicStroke(Math.max(2, w / 400f)));
            g.drawRect(bx, top, bw, h / 12 + h / 4);
        }
        for (int p = 0; p < 90; p++) {
            int x = random.nextInt(w);
            int y = (int) (h * 0.62) + random.nextInt((int) (h * 0.33));
            int r = h / 60 + (y - (int) (h * 0.6)) / 25;
            g.setColor(new Color(40 + random.nextInt(60), 30 + random.nextInt(40), 20 + random.nextInt(30)));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setColor(awnings[random.nextInt(awnings.length)].darker());
            g.fillRoundRect(x - (int) (r * 1.4), y + r, (int) (r * 2.8), r * 4, r, r);
        }
        g.dispose();
        return img;
    }
}
