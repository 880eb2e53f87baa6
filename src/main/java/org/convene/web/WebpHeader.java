package org.convene.web;

import java.util.Optional;

/**
 * The canvas size of a WebP file (RFC 9649): a RIFF container whose first chunk is {@code VP8 }
 * (lossy), {@code VP8L} (lossless) or {@code VP8X} (extended), each with the size at a fixed place.
 */
final class WebpHeader {

    private static final int CHUNK_DATA = 20;

    private WebpHeader() {
    }

    static Optional<ImageHeader> read(byte[] bytes) {
        if (bytes.length < 30 || !ascii(bytes, 0, "RIFF") || !ascii(bytes, 8, "WEBP")) {
            return Optional.empty();
        }
        if (ascii(bytes, 12, "VP8 ")) {
            // A key frame: 3 bytes of frame tag, the start code 9d 01 2a, then 14-bit width and height.
            if ((bytes[23] & 0xFF) != 0x9D || (bytes[24] & 0xFF) != 0x01 || (bytes[25] & 0xFF) != 0x2A) {
                return Optional.empty();
            }
            return ImageHeader.of(littleEndian(bytes, 26, 2) & 0x3FFF, littleEndian(bytes, 28, 2) & 0x3FFF);
        }
        if (ascii(bytes, 12, "VP8L")) {
            // The signature 0x2f, then width - 1 and height - 1 in 14 bits each.
            if ((bytes[CHUNK_DATA] & 0xFF) != 0x2F) {
                return Optional.empty();
            }
            int bits = littleEndian(bytes, CHUNK_DATA + 1, 4);
            return ImageHeader.of((bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1);
        }
        if (ascii(bytes, 12, "VP8X")) {
            // Flags (4 bytes), then canvas width - 1 and height - 1 in 24 bits each.
            return ImageHeader.of(littleEndian(bytes, CHUNK_DATA + 4, 3) + 1, littleEndian(bytes, CHUNK_DATA + 7, 3) + 1);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (bytes[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int littleEndian(byte[] bytes, int offset, int length) {
        int value = 0;
        for (int i = length - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[offset + i] & 0xFF);
        }
        return value;
    }
}
