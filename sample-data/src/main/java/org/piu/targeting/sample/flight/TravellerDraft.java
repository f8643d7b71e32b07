package org.piu.targeting.sample.flight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.model.Bags;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.TravelDocument;
import org.piu.targeting.sample.people.PersonName;

/** A person on board while the flight is being put together; risk planting may still change it. */
final class TravellerDraft {
    String id;
    PersonName name;
    String nationality;
    String residence;
    LocalDate dateOfBirth;
    String gender;
    PassengerType type = PassengerType.PASSENGER;
    final List<TravelDocument> documents = new ArrayList<>();
    String bookingRef;
    String seat;
    Bags bags;
    int age;

    Passenger toPassenger(String embarkation, String debarkation) {
        return new Passenger(
                id,
                name.surname().mrz(),
                name.given().mrz(),
                dateOfBirth,
                gender,
                nationality,
                residence,
                type,
                documents,
                bookingRef,
                seat,
                bags,
                embarkation,
                debarkation);
    }
}
