package org.rasad.nlp.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** At most {@code max} bytes of a stream, and whether there was more. */
record Capped(byte[] bytes, int length, boolean tooLarge) {
    static Capped read(InputStream in, long max) throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, max);
        byte[] buf = new byte[Math.min(cap + 1, 1 << 16)];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                if (len > cap) {
                    return new Capped(buf, len, true);
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) cap + 1, (long) buf.length * 2));
            }
            int r = in.read(buf, len, buf.length - len);
            if (r < 0) {
                return new Capped(buf, len, false);
            }
            len += r;
            if (len > cap) {
                return new Capped(buf, len, true);
            }
        }
    }
}
