package app.footprint.store;

import app.footprint.model.LocationPoint;
import app.footprint.model.SourceRef;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs consecutive location points of one file into one blob: each value is stored as its difference to
 * the previous point's (times a minute apart, places metres apart), as variable-length integers, and the
 * few distinct texts (location method, activity guess) once per blob. A million points take a few MB
 * instead of a million rows.
 *
 * <p>Layout (version 1): version byte, point count, text count and texts, then per point a flag word
 * (has time, has accuracy, has method, has activity), the position delta, the time delta (ms) if any,
 * the latitude and longitude deltas (E7), the accuracy and the text indexes if any.
 */
final class TrackCodec {
    private static final int VERSION = 1;
    private static final int HAS_TIME = 1;
    private static final int HAS_ACCURACY = 2;
    private static final int HAS_METHOD = 4;
    private static final int HAS_ACTIVITY = 8;

    private TrackCodec() {
    }

    static byte[] encode(List<LocationPoint> points) {
        List<String> texts = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (LocationPoint p : points) {
            for (String text : new String[] {p.method(), p.activity()}) {
                if (text != null && !index.containsKey(text)) {
                    index.put(text, texts.size());
                    texts.add(text);
                }
            }
        }
        Buffer out = new Buffer(points.size() * 12 + 64);
        out.write(VERSION);
        out.varint(points.size());
        out.varint(texts.size());
        for (String text : texts) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.varint(bytes.length);
            out.write(bytes, 0, bytes.length);
        }
        long position = 0;
        long at = 0;
        long lat = 0;
        long lon = 0;
        for (LocationPoint p : points) {
            int flags = (p.at() != null ? HAS_TIME : 0) | (p.accuracyMeters() >= 0 ? HAS_ACCURACY : 0)
                    | (p.method() != null ? HAS_METHOD : 0) | (p.activity() != null ? HAS_ACTIVITY : 0);
            out.varint(flags);
            out.signed(p.source().position() - position);
            position = p.source().position();
            if (p.at() != null) {
                long ms = p.at().toEpochMilli();
                out.signed(ms - at);
                at = ms;
            }
            out.signed(p.latitudeE7() - lat);
            out.signed(p.longitudeE7() - lon);
            lat = p.latitudeE7();
            lon = p.longitudeE7();
            if (p.accuracyMeters() >= 0) {
                out.varint(p.accuracyMeters());
            }
            if (p.method() != null) {
                out.varint(index.get(p.method()));
            }
            if (p.activity() != null) {
                out.varint(index.get(p.activity()));
            }
        }
        return out.toByteArray();
    }

    static List<LocationPoint> decode(byte[] data, String path) {
        Reader in = new Reader(data);
        int version = in.read();
        if (version != VERSION) {
            throw new IllegalStateException("a location track of an unknown version " + version);
        }
        int count = (int) in.varint();
        int textCount = (int) in.varint();
        String[] texts = new String[textCount];
        for (int i = 0; i < textCount; i++) {
            int length = (int) in.varint();
            texts[i] = new String(data, in.offset, length, StandardCharsets.UTF_8);
            in.offset += length;
        }
        List<LocationPoint> points = new ArrayList<>(count);
        long position = 0;
        long at = 0;
        long lat = 0;
        long lon = 0;
        for (int i = 0; i < count; i++) {
            int flags = (int) in.varint();
            position += in.signed();
            Instant when = null;
            if ((flags & HAS_TIME) != 0) {
                at += in.signed();
                when = Instant.ofEpochMilli(at);
            }
            lat += in.signed();
            lon += in.signed();
            int accuracy = (flags & HAS_ACCURACY) != 0 ? (int) in.varint() : -1;
            String method = (flags & HAS_METHOD) != 0 ? texts[(int) in.varint()] : null;
            String activity = (flags & HAS_ACTIVITY) != 0 ? texts[(int) in.varint()] : null;
            points.add(new LocationPoint(when, (int) lat, (int) lon, accuracy, method, activity,
                    new SourceRef(path, position)));
        }
        return points;
    }

    /** Little-endian base-128 integers, as in protobuf; signed values zigzag-encoded. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer(int size) {
            super(size);
        }

        void varint(long value) {
            long v = value;
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        void signed(long value) {
            varint((value << 1) ^ (value >> 63));
        }
    }

    private static final class Reader {
        final byte[] data;
        int offset;

        Reader(byte[] data) {
            this.data = data;
        }

        int read() {
            return data[offset++] & 0xFF;
        }

        long varint() {
            long result = 0;
            int shift = 0;
            while (true) {
                int b = read();
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
                shift += 7;
            }
        }

        long signed() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
