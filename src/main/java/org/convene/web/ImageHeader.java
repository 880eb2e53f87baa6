package org.convene.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The size an uploaded image declares in its header, read as the type it claims to be, without
 * decoding a pixel: a file whose first bytes say PNG but whose header is not a PNG's is no image,
 * and a small file can declare a picture so large that decoding it would exhaust the memory of
 * whoever shows it (a "decompression bomb").
 *
 * @param width  in pixels, at least 1
 * @param height in pixels, at least 1
 */
public record ImageHeader(int width, int height) {

    /** Far above any photograph or diagram a person uploads, far below what would exhaust a browser. */
    public static final long MAX_PIXELS = 40_000_000L;

    public long pixels() {
        return (long) width * height;
    }

    public boolean withinPixelLimit() {
        return pixels() <= MAX_PIXELS;
    }

    /**
     * Reads the header of an image of the given type.
     *
     * @param contentType {@code image/png}, {@code image/jpeg} or {@code image/webp}
     * @return empty when the bytes are not a readable header of that type
     */
    public static Optional<ImageHeader> read(byte[] bytes, String contentType) {
        return switch (contentType) {
            case "image/png", "image/jpeg" -> readWithImageIo(bytes, contentType);
            // The JDK has no WebP reader; its header is a few fixed fields (RIFF container, one of three chunks).
            case "image/webp" -> WebpHeader.read(bytes);
            default -> Optional.empty();
        };
    }

    private static Optional<ImageHeader> readWithImageIo(byte[] bytes, String contentType) {
        var readers = ImageIO.getImageReadersByMIMEType(contentType);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            // Forward-only and without metadata: getWidth and getHeight read no further than the header.
            reader.setInput(input, true, true);
            return of(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException unreadable) {
            // ImageIO answers broken input with IIOException, but also with IndexOutOfBounds and the like.
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    static Optional<ImageHeader> of(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageHeader(width, height)) : Optional.empty();
    }
}
