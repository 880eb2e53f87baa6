package org.convene.clinic.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageTypeTest {

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    @Test
    void shouldRecogniseImagesByTheirFirstBytes() {
        assertThat(ImageType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0))).contains(ImageType.PNG);
        assertThat(ImageType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0))).contains(ImageType.JPEG);
        assertThat(ImageType.detect(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P', 'V', 'P')))
                .contains(ImageType.WEBP);
    }

    @Test
    void shouldRefuseAnythingElseWhateverItsName() {
        assertThat(ImageType.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageType.detect(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E'))).isEmpty();
        assertThat(ImageType.detect(bytes(0x89, 'P'))).isEmpty();
        assertThat(ImageType.detect(new byte[0])).isEmpty();
    }
}
