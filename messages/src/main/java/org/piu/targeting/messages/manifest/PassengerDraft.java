package org.piu.targeting.messages.manifest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.piu.targeting.model.Bags;
import org.piu.targeting.model.Passenger;
import org.piu.targeting.model.PassengerType;
import org.piu.targeting.model.TravelDocument;

/**
 * A passenger while a message is being read (fields fill in segment by segment); ids are given only when the
 * manifests are assembled, so that the parts of a multi-part message number their passengers in one sequence.
 */
public final class PassengerDraft {
    public String surname;
    public String givenNames;
    public LocalDate dateOfBirth;
    public String gender;
    public String nationality;
    public String residence;
    public PassengerType type = PassengerType.PASSENGER;
    public final List<TravelDocument> documents = new ArrayList<>();
    public String bookingRef;
    public String seat;
    public Bags bags;
    public String embarkation;
    public String debarkation;
    /** PNRGOV traveller reference (TIF) that check-in data refers to; not part of the model. */
    public String travellerRef;

    public Passenger build(String id) {
        return new Passenger(
                id,
                surname,
                givenNames,
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
