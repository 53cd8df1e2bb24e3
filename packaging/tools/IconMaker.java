import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Henvis icon with Java2D and writes every size the installers need: PNGs for Linux and
 * the window, an .ico for Windows and an .icns for macOS (both hold PNG images, which Windows Vista+
 * and macOS 10.7+ read). Run once from the repository root; the output is committed:
 *
 * <pre>java -Djava.awt.headless=true packaging/tools/IconMaker.java packaging/icons</pre>
 *
 * The picture: three people (round heads, soft shoulders) side by side on a calm teal square, the
 * middle one a warm colour — someone being welcomed into a group.
 */
public final class IconMaker {
    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
        }
        for (int size : PNG_SIZES) {
            Files.write(out.resolve("henvis-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("henvis.png"), png.get(256));
        writeIco(out.resolve("henvis.ico"), png, List.of(16, 24, 32, 48, 64, 128, 256));
        writeIcns(out.resolve("henvis.icns"), png);
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size;
        double margin = size <= 24 ? 0 : s * 0.04;
        double arc = s * 0.22;
        var square = new RoundRectangle2D.Double(margin, margin, s - 2 * margin, s - 2 * margin, arc, arc);
        g.setPaint(new GradientPaint(0, 0, new Color(0x3E8E87), 0, (float) s, new Color(0x2C6E6A)));
        g.fill(square);

        // two calm figures at the sides, the welcomed one in the middle, slightly in front
        person(g, s * 0.27, s * 0.56, s * 0.17, new Color(0xDCEFEA));
        person(g, s * 0.73, s * 0.56, s * 0.17, new Color(0xDCEFEA));
        person(g, s * 0.50, s * 0.60, s * 0.20, new Color(0xF2B66D));

        // a soft arc under them: the community holding together
        if (size >= 32) {
            g.setColor(new Color(255, 255, 255, 150));
            g.setStroke(new BasicStroke((float) (s * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D arcPath = new Path2D.Double();
            arcPath.moveTo(s * 0.18, s * 0.84);
            arcPath.quadTo(s * 0.50, s * 0.96, s * 0.82, s * 0.84);
            g.draw(arcPath);
        }
        g.dispose();
        return img;
    }

    /** A head and rounded shoulders centred at (cx, cy); r is the head's radius times ~1.6. */
    static void person(Graphics2D g, double cx, double cy, double r, Color c) {
        g.setColor(c);
        double head = r * 0.62;
        g.fill(new Ellipse2D.Double(cx - head, cy - r * 1.55, head * 2, head * 2));
        Path2D body = new Path2D.Double();
        body.moveTo(cx - r, cy + r * 0.95);
        body.curveTo(cx - r, cy - r * 0.15, cx - r * 0.55, cy - r * 0.35, cx, cy - r * 0.35);
        body.curveTo(cx + r * 0.55, cy - r * 0.35, cx + r, cy - r * 0.15, cx + r, cy + r * 0.95);
        body.closePath();
        g.fill(body);
    }

    static byte[] encode(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** ICO: a directory of PNG-compressed images (little-endian header, 16-byte entries). */
    static void writeIco(Path file, Map<Integer, byte[]> png, List<Integer> sizes) throws IOException {
        int offset = 6 + 16 * sizes.size();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.size());
        for (int size : sizes) {
            byte[] data = png.get(size);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(header.array());
            for (int size : sizes) {
                out.write(png.get(size));
            }
        }
    }

    /** ICNS: big-endian 'icns' container of PNG entries (types readable since macOS 10.7). */
    static void writeIcns(Path file, Map<Integer, byte[]> png) throws IOException {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("ic11", 32);
        types.put("icp6", 64);
        types.put("ic12", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic13", 256);
        types.put("ic09", 512);
        types.put("ic14", 512);
        types.put("ic10", 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (var e : types.entrySet()) {
            byte[] data = png.get(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + data.length);
            d.write(data);
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeBytes("icns");
            out.writeInt(8 + body.size());
            body.writeTo(out);
        }
    }
}
