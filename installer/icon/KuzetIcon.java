import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws Kuzet's icon (a watchful eye on a shield, in the colours of the flag) and writes it as
 * {@code kuzet.png} (256 px, Linux) and {@code kuzet.ico} (16-256 px, Windows) into the given folder.
 * Run with the single-file source launcher: {@code java -Djava.awt.headless=true KuzetIcon.java OUT_DIR}.
 */
public final class KuzetIcon {

    private static final Color SKY = new Color(0x00, 0xAF, 0xCA);
    private static final Color DEEP = new Color(0x0B, 0x3C, 0x5D);
    private static final Color GOLD = new Color(0xFE, 0xC5, 0x0C);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        ImageIO.write(draw(256), "png", out.resolve("kuzet.png").toFile());
        List<byte[]> pngs = new ArrayList<>();
        int[] sizes = {16, 24, 32, 48, 64, 128, 256};
        for (int size : sizes) {
            pngs.add(png(draw(size)));
        }
        try (OutputStream ico = Files.newOutputStream(out.resolve("kuzet.ico"))) {
            writeIco(ico, sizes, pngs);
        }
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        Path2D shield = new Path2D.Double();
        shield.moveTo(128, 10);
        shield.curveTo(170, 34, 205, 40, 232, 40);
        shield.curveTo(234, 140, 200, 206, 128, 248);
        shield.curveTo(56, 206, 22, 140, 24, 40);
        shield.curveTo(51, 40, 86, 34, 128, 10);
        shield.closePath();
        g.setPaint(new GradientPaint(0, 10, SKY, 0, 248, DEEP));
        g.fill(shield);
        g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(GOLD);
        g.draw(shield);

        Path2D eye = new Path2D.Double();
        eye.moveTo(52, 124);
        eye.quadTo(128, 40, 204, 124);
        eye.quadTo(128, 208, 52, 124);
        eye.closePath();
        g.setColor(Color.WHITE);
        g.fill(eye);
        g.setColor(GOLD);
        g.fill(new Ellipse2D.Double(128 - 34, 124 - 34, 68, 68));
        g.setColor(DEEP);
        g.fill(new Ellipse2D.Double(128 - 17, 124 - 17, 34, 34));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(134, 106, 11, 11));
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** An ICO file whose entries are PNG images (understood by Windows Vista and later). */
    private static void writeIco(OutputStream out, int[] sizes, List<byte[]> pngs) throws IOException {
        int headerSize = 6 + 16 * sizes.length;
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerSize;
        for (int i = 0; i < sizes.length; i++) {
            int side = sizes[i] >= 256 ? 0 : sizes[i];
            header.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32);
            header.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        out.write(header.array());
        for (byte[] png : pngs) {
            out.write(png);
        }
    }
}
