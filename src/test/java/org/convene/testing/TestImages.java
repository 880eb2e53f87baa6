package org.convene.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Images for upload tests: real ones, and headers that declare any size in a few bytes (decompression bombs). */
public final class TestImages {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private TestImages() {
    }

    /** A real image of that size and type ("png" or "jpeg"), drawn by ImageIO. */
    public static byte[] drawn(String format, int width, int height) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG signature and a well-formed header chunk declaring that size, and no pixel data at all. */
    public static byte[] pngHeader(int width, int height) {
        var header = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        var crc = new CRC32();
        crc.update(header.array());
        return ByteBuffer.allocate(PNG_SIGNATURE.length + 4 + 17 + 4).put(PNG_SIGNATURE).putInt(13)
                .put(header.array()).putInt((int) crc.getValue()).array();
    }

    /** A real 16×16 JPEG whose frame header is changed to declare that size. */
    public static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = drawn("jpeg", 16, 16);
        for (int i = 0; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                jpeg[i + 5] = (byte) (height >> 8);
                jpeg[i + 6] = (byte) height;
                jpeg[i + 7] = (byte) (width >> 8);
                jpeg[i + 8] = (byte) width;
                return jpeg;
            }
        }
        throw new IllegalStateException("ImageIO wrote a JPEG without a baseline frame header");
    }
}
