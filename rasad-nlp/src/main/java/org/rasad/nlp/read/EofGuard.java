package org.rasad.nlp.read;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns an early end of a compressed stream (EOFException from GZIPInputStream) into a plain end of input
 * and remembers it, so a parser that reads ahead (jwarc) still returns the complete records before the cut.
 * Confined to one reading thread.
 */
final class EofGuard extends FilterInputStream {
    private boolean cut;

    EofGuard(InputStream in) {
        super(in);
    }

    boolean cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        try {
            return cut ? -1 : super.read();
        } catch (EOFException e) {
            cut = true;
            return -1;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return cut ? -1 : super.read(b, off, len);
        } catch (EOFException e) {
            cut = true;
            return -1;
        }
    }
}
