package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.LocationPoint;
import app.footprint.model.SourceRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrackCodecTest {

    @Test
    void pointsComeBackExactlyAsTheyWent() {
        Random random = new Random(7);
        List<LocationPoint> points = new ArrayList<>();
        long at = 1_700_000_000_000L;
        long position = 0;
        for (int i = 0; i < 1000; i++) {
            at += random.nextInt(120_000) - 10_000; // mostly forward, sometimes back
            position += 1 + random.nextInt(3);
            points.add(new LocationPoint(i % 97 == 0 ? null : Instant.ofEpochMilli(at),
                    513_000_000 + random.nextInt(100_000) - 50_000, -1_239_000_000 + random.nextInt(100_000),
                    i % 5 == 0 ? -1 : random.nextInt(2000), i % 3 == 0 ? null : (i % 2 == 0 ? "WIFI" : "GPS"),
                    i % 7 == 0 ? "ON_FOOT 80%" : null, new SourceRef("Takeout/Records.json", position)));
        }
        points.add(new LocationPoint(Instant.ofEpochMilli(0), -900_000_000, 1_800_000_000, 0, "Wi-Fi ü", null,
                new SourceRef("Takeout/Records.json", 0)));

        byte[] data = TrackCodec.encode(points);

        assertThat(TrackCodec.decode(data, "Takeout/Records.json")).isEqualTo(points);
        assertThat(data.length).as("compact: a few bytes a point").isLessThan(points.size() * 14);
    }

    @Test
    void anEmptyTrackIsValid() {
        assertThat(TrackCodec.decode(TrackCodec.encode(List.of()), "x")).isEmpty();
    }
}
