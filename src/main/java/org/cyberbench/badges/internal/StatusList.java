package org.cyberbench.badges.internal;

import com.apicatalog.multibase.Multibase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A Bitstring Status List (W3C): one bit per credential, 1 for revoked, bit 0 the left-most bit of the
 * first byte, GZIP-compressed and multibase base64url-encoded. 131,072 entries (16 KiB), the
 * specification's minimum, so that a list says little about any one holder.
 */
final class StatusList {

    static final int SIZE = 131_072;

    private StatusList() {
    }

    static String encode(Collection<Integer> revoked) {
        byte[] bits = new byte[SIZE / 8];
        for (int index : revoked) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Multibase.BASE_64_URL.encode(out.toByteArray());
    }

    static boolean isSet(String encodedList, int index) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Multibase.BASE_64_URL.decode(encodedList)))) {
            byte[] bits = gzip.readNBytes(SIZE / 8 + 1);
            if (index < 0 || index / 8 >= bits.length) {
                throw new IllegalArgumentException("status list index " + index + " is outside the list");
            }
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new IllegalArgumentException("the status list cannot be read", e);
        }
    }
}
