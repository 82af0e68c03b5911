package app.footprint.importers.netflix;

import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;

/**
 * Netflix writes its times in UTC ("Start Time", "Utc Timestamp", "Ts"), as {@code 2024-03-10 21:13:05}
 * or ISO with a {@code Z}. Such a time is known, not assumed, to be UTC. A bare date has no time of day at
 * all, so it stays marked as assumed.
 */
final class NetflixTimes {
    private NetflixTimes() {
    }

    static Moment read(String text) {
        Moment moment = Timestamps.parse(text);
        if (moment == null || text.strip().length() == 10) {
            return moment;
        }
        return Moment.utc(moment.instant());
    }
}
