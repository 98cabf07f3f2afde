package com.touchpoint.datasources.read;

import org.mozilla.universalchardet.UniversalDetector;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Decides the text encoding of a file from its first bytes: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; otherwise
 * bytes that are valid UTF-8 are UTF-8; otherwise juniversalchardet decides, with every Chinese answer (GBK, GB2312,
 * GB18030) read as GB18030, the superset. Files with NUL bytes and no UTF-16 mark, or known binary signatures
 * (zip/.xlsx, .xls, PDF), are rejected as binary.
 */
final class EncodingDetector {

    /** Charset GB18030, which decodes GBK and GB2312 text correctly. */
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final double MAX_SUSPICIOUS_SHARE = 0.01;
    private static final Set<String> CHINESE = Set.of("GB18030", "GBK", "GB2312", "HZ-GB-2312");

    record Detected(Charset charset, boolean bom, int bomLength) {
    }

    private EncodingDetector() {
    }

    /**
     * @param sample    the first bytes of the file
     * @param wholeFile whether the sample is the entire file (so a multi-byte sequence cut at its end is an error)
     */
    static Detected detect(String fileName, byte[] sample, boolean wholeFile) throws UnreadableFileException {
        if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, true, 3);
        }
        if (startsWith(sample, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, true, 2);
        }
        if (startsWith(sample, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, true, 2);
        }
        rejectBinary(fileName, sample);
        if (decodesStrictly(StandardCharsets.UTF_8, sample, wholeFile)) {
            return new Detected(StandardCharsets.UTF_8, false, 0);
        }
        String guessed = guess(sample);
        if (guessed != null && CHINESE.contains(guessed.toUpperCase(Locale.ROOT))) {
            return new Detected(GB18030, false, 0);
        }
        if (guessed != null && Charset.isSupported(guessed)) {
            return new Detected(Charset.forName(guessed), false, 0);
        }
        if (decodesStrictly(GB18030, sample, wholeFile)) {
            return new Detected(GB18030, false, 0);
        }
        throw new UnreadableFileException("'" + fileName + "' is not in a text encoding Touchpoint can recognise "
                + "(UTF-8, UTF-16 with a byte-order mark, GBK/GB18030); save it again as CSV UTF-8, "
                + "or choose its encoding by hand");
    }

    private static void rejectBinary(String fileName, byte[] sample) throws UnreadableFileException {
        String kind = null;
        if (startsWith(sample, 'P', 'K', 3, 4)) {
            kind = "a zip archive, for example an Excel .xlsx workbook";
        } else if (startsWith(sample, 0xD0, 0xCF, 0x11, 0xE0)) {
            kind = "an old Excel .xls workbook";
        } else if (startsWith(sample, '%', 'P', 'D', 'F')) {
            kind = "a PDF document";
        } else {
            for (byte b : sample) {
                if (b == 0) {
                    kind = "a binary file (e.g. an Excel .xlsx), not text";
                    break;
                }
            }
        }
        if (kind != null) {
            throw binary(fileName, kind);
        }
    }

    /** Rejects decoded text with more than 1% control characters or undecodable bytes: binary data, not a table. */
    static void rejectControlCharacters(String fileName, String text) throws UnreadableFileException {
        int suspicious = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == '\uFFFD') {
                suspicious++;
            }
        }
        if (suspicious > text.length() * MAX_SUSPICIOUS_SHARE) {
            throw binary(fileName, "a binary file (e.g. an Excel .xlsx), not text");
        }
    }

    private static UnreadableFileException binary(String fileName, String kind) {
        return new UnreadableFileException("'" + fileName + "' looks like " + kind
                + "; save it as CSV (UTF-8) first and import that file");
    }

    private static String guess(byte[] sample) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean decodesStrictly(Charset charset, byte[] sample, boolean wholeFile) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample);
        CharBuffer out = CharBuffer.allocate(sample.length + 16);
        CoderResult result = decoder.decode(in, out, wholeFile);
        if (result.isError()) {
            return false;
        }
        if (!wholeFile) {
            return true; // bytes left over are a sequence cut by the end of the sample
        }
        return !decoder.flush(out).isError() && !in.hasRemaining();
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The sample as text, without its byte-order mark; undecodable bytes become U+FFFD. */
    static String decode(byte[] sample, Detected detected) {
        int start = detected.bomLength();
        return new String(sample, start, sample.length - start, detected.charset());
    }
}
