package org.convene.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.convene.testing.TestImages;
import org.junit.jupiter.api.Test;

class ImageHeaderTest {

    @Test
    void shouldReadTheSizeOfRealPngAndJpegImages() {
        assertThat(ImageHeader.read(TestImages.drawn("png", 720, 360), "image/png"))
                .contains(new ImageHeader(720, 360));
        assertThat(ImageHeader.read(TestImages.drawn("jpeg", 33, 17), "image/jpeg"))
                .contains(new ImageHeader(33, 17));
    }

    @Test
    void shouldReadTheSizeFromTheHeaderAloneWithoutPixels() {
        var bomb = TestImages.pngHeader(10_000, 10_000);
        assertThat(bomb.length).isLessThan(50);
        var header = ImageHeader.read(bomb, "image/png").orElseThrow();
        assertThat(header.pixels()).isEqualTo(100_000_000L);
        assertThat(header.withinPixelLimit()).isFalse();
        assertThat(ImageHeader.read(TestImages.jpegDeclaring(65_000, 65_000), "image/jpeg").orElseThrow()
                .withinPixelLimit()).isFalse();
    }

    @Test
    void shouldAcceptUpToFortyMegapixels() {
        assertThat(ImageHeader.read(TestImages.pngHeader(8_000, 5_000), "image/png").orElseThrow()
                .withinPixelLimit()).isTrue();
        assertThat(ImageHeader.read(TestImages.pngHeader(8_000, 5_001), "image/png").orElseThrow()
                .withinPixelLimit()).isFalse();
    }

    @Test
    void shouldRefuseFirstBytesThatPromiseAnImageTheRestDoesNotKeep() {
        byte[] pngMagicThenJunk = Arrays.copyOf(TestImages.pngHeader(10, 10), 64);
        Arrays.fill(pngMagicThenJunk, 8, 64, (byte) 7);
        assertThat(ImageHeader.read(pngMagicThenJunk, "image/png")).isEmpty();
        assertThat(ImageHeader.read(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3}, "image/jpeg"))
                .isEmpty();
        assertThat(ImageHeader.read(TestImages.pngHeader(0, 10), "image/png")).isEmpty();
        assertThat(ImageHeader.read(TestImages.drawn("png", 5, 5), "image/jpeg")).isEmpty();
        assertThat(ImageHeader.read(TestImages.drawn("png", 5, 5), "image/svg+xml")).isEmpty();
        assertThat(ImageHeader.read(new byte[0], "image/png")).isEmpty();
    }

    @Test
    void shouldReadEachKindOfWebpHeader() {
        var lossless = webp("VP8L", 0x2F, (99 & 0x3FFF) | ((49 & 0x3FFF) << 14), 0, 0, 0, 0);
        assertThat(ImageHeader.read(lossless, "image/webp")).contains(new ImageHeader(100, 50));

        var lossy = webp("VP8 ", 0, 0, 0, 0x9D, 0x01, 0x2A, 0x40, 0x01, 0xF0, 0x00);
        assertThat(ImageHeader.read(lossy, "image/webp")).contains(new ImageHeader(320, 240));

        var extended = webp("VP8X", 0, 0, 0, 0, 0x3F, 0x1F, 0x00, 0x1F, 0x4E, 0x00);
        assertThat(ImageHeader.read(extended, "image/webp").orElseThrow())
                .isEqualTo(new ImageHeader(8_000, 20_000))
                .extracting(ImageHeader::withinPixelLimit).isEqualTo(false);
    }

    @Test
    void shouldRefuseAWebpWhoseChunkIsNotAnImage() {
        assertThat(ImageHeader.read(webp("VP8 ", 0, 0, 0, 1, 2, 3, 4, 5, 6, 7), "image/webp")).isEmpty();
        assertThat(ImageHeader.read(webp("VP8L", 0x11, 0, 0, 0, 0, 0), "image/webp")).isEmpty();
        assertThat(ImageHeader.read(webp("ICCP", 0, 0, 0, 0, 0, 0), "image/webp")).isEmpty();
        assertThat(ImageHeader.read("RIFF\0\0\0\0WEBP".getBytes(StandardCharsets.US_ASCII), "image/webp")).isEmpty();
    }

    /** RIFF, WEBP, one chunk of that name with these bytes (the VP8L bits as one little-endian int). */
    private static byte[] webp(String chunk, int... data) {
        var bytes = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunk.getBytes(StandardCharsets.US_ASCII))
                .putInt(20);
        if (chunk.equals("VP8L")) {
            bytes.put((byte) data[0]).putInt(data[1]);
        } else {
            for (int value : data) {
                bytes.put((byte) value);
            }
        }
        return bytes.array();
    }
}
