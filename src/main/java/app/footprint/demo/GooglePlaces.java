package app.footprint.demo;

import java.util.List;

/**
 * The places of Jana's days as Google's Timeline knows them: her flat in Leipzig-Plagwitz, the hospital
 * where she works, the practices of her pregnancy, the spots of her days off, and the Lisbon trip of May
 * 2019. All invented; the coordinates are only near the real streets.
 */
final class GooglePlaces {
    private GooglePlaces() {
    }

    /** A place with Google's place id. */
    record Place(String placeId, String name, String address, double latitude, double longitude) {
        long latitudeE7() {
            return Math.round(latitude * 1e7);
        }

        long longitudeE7() {
            return Math.round(longitude * 1e7);
        }
    }

    static final Place HOME = new Place("ChIJd3moKoehV0cRqZ8jT1fDb2Q", null,
            "Zschochersche Straße 27, 04229 Leipzig, Deutschland", 51.3318234, 12.3331057);
    static final Place HOSPITAL = new Place("ChIJk4lTQ2f4pkcR1Xw0cF3ZtBc", "Klinikum am Auwald",
            "Am Auwald 10, 04177 Leipzig, Deutschland", 51.3429871, 12.3397412);
    /** The hospital's prenatal clinic: a different entrance, a different place to Google. */
    static final Place PRENATAL_CLINIC = new Place("ChIJq2WbQ2f4pkcRr7mSdX0Lh1E",
            "Klinikum am Auwald – Pränatalmedizin und Geburtshilfe", "Am Auwald 14, 04177 Leipzig, Deutschland",
            51.3433519, 12.3409126);
    static final Place GYNAECOLOGIST = new Place("ChIJ8y0mQ5ehV0cRvT9vSgWcEwU", "Frauenarztpraxis Dr. med. Katrin Weiß",
            "Karl-Heine-Straße 54, 04229 Leipzig, Deutschland", 51.3326144, 12.3417268);
    static final Place MIDWIFE = new Place("ChIJ1c4tU5ehV0cR0kGf4v2x6yA", "Hebammenpraxis Plagwitz",
            "Gießerstraße 18, 04229 Leipzig, Deutschland", 51.3297541, 12.3356802);

    /** Where she goes on a day off, before and while she is expecting. */
    static final List<Place> DAY_OFF = List.of(
            new Place("ChIJ5Qy4bO6hV0cR2l6YkCvKx9I", "Café Kaffeesatz", "Karl-Heine-Straße 41, 04229 Leipzig, Deutschland",
                    51.3327102, 12.3379225),
            new Place("ChIJp9gN4uehV0cRhU8Lq1yB0aE", "Clara-Zetkin-Park", "Anton-Bruckner-Allee, 04107 Leipzig, Deutschland",
                    51.3299210, 12.3585044),
            new Place("ChIJ0fO3m-ihV0cRw2v7b8rTj3c", "Konsum Plagwitz", "Karl-Heine-Straße 71, 04229 Leipzig, Deutschland",
                    51.3324675, 12.3351890),
            new Place("ChIJc8hX1OehV0cR9nKQbT0xMvU", "Bäckerei Sonnenkorn", "Zschochersche Straße 12, 04229 Leipzig, Deutschland",
                    51.3309977, 12.3340851),
            new Place("ChIJlQ0i6OihV0cR3b1XnYbQ2wE", "Buchhandlung Seitenwind", "Karl-Liebknecht-Straße 36, 04107 Leipzig, Deutschland",
                    51.3277513, 12.3748236),
            new Place("ChIJH4rV3uuhV0cRr2bX8cK5n1Y", "Cospudener See", "Hafen Zöbigker, 04416 Markkleeberg, Deutschland",
                    51.2699004, 12.3339311),
            new Place("ChIJxR4m3euhV0cRt1Yp6zVw8aQ", "Yogaloft Leipzig", "Nonnenstraße 5, 04229 Leipzig, Deutschland",
                    51.3341279, 12.3424593),
            new Place("ChIJr2mB3OuhV0cRq8Xv4nJw2bM", "Lena Köhler", "Gohliser Straße 8, 04155 Leipzig, Deutschland",
                    51.3601247, 12.3701633));

    /** Shops she only goes to once she is expecting. */
    static final List<Place> BABY_SHOPS = List.of(
            new Place("ChIJ7bV1k-ihV0cRy3mQx9aPz4T", "Wiegenwelt Babymarkt", "Merseburger Straße 200, 04178 Leipzig, Deutschland",
                    51.3365432, 12.2915567),
            new Place("ChIJe3gH1-ihV0cRt5pWv8uLk2N", "Kinderwagen-Profi Leipzig", "Georg-Schwarz-Straße 120, 04179 Leipzig, Deutschland",
                    51.3478901, 12.3192345));

    /** The Lisbon trip, 22 to 27 May 2019. */
    static final Place LEIPZIG_AIRPORT = new Place("ChIJb9i4sVWbpkcRq9y3N2Jm8Ks", "Flughafen Leipzig/Halle",
            "Terminalring 11, 04435 Schkeuditz, Deutschland", 51.4238541, 12.2364139);
    static final Place LISBON_AIRPORT = new Place("ChIJd1kK0jMyGQ0RrZ0fxJvJ1WU", "Aeroporto Humberto Delgado",
            "Alameda das Comunidades Portuguesas, 1700-111 Lisboa, Portugal", 38.7755936, -9.1353667);
    static final Place LISBON_HOSTEL = new Place("ChIJ9z8xP3k0GQ0R1nZQm3rT5Yc", "Hostel Alfama",
            "Rua dos Remédios 38, 1100-441 Lisboa, Portugal", 38.7124510, -9.1289912);
    static final List<Place> LISBON = List.of(
            new Place("ChIJt2hW8H00GQ0Rx4yLd9wQz1s", "Praça do Comércio", "Praça do Comércio, 1100-148 Lisboa, Portugal",
                    38.7075391, -9.1364205),
            new Place("ChIJ1zVw7n00GQ0RzX9pB2yVv3k", "Miradouro da Senhora do Monte",
                    "Largo Monte, 1170-107 Lisboa, Portugal", 38.7191963, -9.1325427),
            new Place("ChIJm0hY4Ho0GQ0Rk7uQ2xNw5Lc", "Torre de Belém", "Av. Brasília, 1400-038 Lisboa, Portugal",
                    38.6915837, -9.2159767),
            new Place("ChIJb3cE0nc0GQ0Rq1nT8vYx6Pw", "LX Factory", "R. Rodrigues de Faria 103, 1300-501 Lisboa, Portugal",
                    38.7035914, -9.1784301),
            new Place("ChIJ2aQx3H00GQ0Rv5mW1zRt8Yk", "Time Out Market Lisboa", "Av. 24 de Julho 49, 1200-479 Lisboa, Portugal",
                    38.7069240, -9.1458810));
}
