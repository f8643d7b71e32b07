package org.piu.targeting.sample.geo;

/**
 * An aircraft type as far as a manifest is concerned: how many seats, how they are lettered per row, and how many
 * cabin crew the type needs (EASA: one per 50 seats).
 */
public record Aircraft(String type, int seats, String seatLetters) {

    public static final Aircraft E190 = new Aircraft("E190", 100, "ACDF");
    public static final Aircraft A319 = new Aircraft("A319", 144, "ABCDEF");
    public static final Aircraft A320 = new Aircraft("A320", 180, "ABCDEF");
    public static final Aircraft B738 = new Aircraft("B738", 189, "ABCDEF");
    public static final Aircraft A321 = new Aircraft("A321", 230, "ABCDEF");
    public static final Aircraft B789 = new Aircraft("B789", 300, "ABCDEFGHJK");
    public static final Aircraft A333 = new Aircraft("A333", 290, "ABCDEFGHJK");
    public static final Aircraft B77W = new Aircraft("B77W", 400, "ABCDEFGHJK");
    public static final Aircraft A388 = new Aircraft("A388", 500, "ABCDEFGHJK");

    public int cabinCrew() {
        return Math.max(2, (seats + 49) / 50);
    }

    /** The smallest of the known types that seats {@code passengers}, or a wide-body stretched to fit. */
    public static Aircraft seating(int passengers, Aircraft preferred) {
        if (preferred.seats >= passengers) {
            return preferred;
        }
        for (Aircraft a : new Aircraft[] {A321, A333, B789, B77W, A388}) {
            if (a.seats >= passengers) {
                return a;
            }
        }
        return new Aircraft(A388.type, passengers, A388.seatLetters);
    }
}
