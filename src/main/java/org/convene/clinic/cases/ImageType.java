package org.convene.clinic.cases;

import java.util.Optional;

/**
 * The image formats a case's visual may have, recognised by their first bytes (their "magic
 * number"), never by the file's name or the type the browser claims: a renamed file is what
 * it is.
 */
public enum ImageType {

    PNG("image/png"),
    JPEG("image/jpeg"),
    WEBP("image/webp");

    /** The seed asks for "a single visual, however basic": 5 MB is plenty. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    static Optional<ImageType> detect(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
