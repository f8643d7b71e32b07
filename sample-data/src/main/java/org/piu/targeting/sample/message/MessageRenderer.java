package org.piu.targeting.sample.message;

import org.piu.targeting.messages.paxlst.PaxlstWriter;
import org.piu.targeting.messages.pnrgov.PnrgovWriter;
import org.piu.targeting.model.FlightManifest;
import org.piu.targeting.sample.flight.GeneratedFlight;

/**
 * Renders generated flights as the PAXLST and PNRGOV messages carriers send, with the writers of the messages
 * module, so that demos and load tests go through the real parsing path. Large flights are split into PAXLST parts
 * of at most {@code personsPerPart} persons, as carriers do.
 */
public final class MessageRenderer {

    /** Persons per PAXLST part; 0 writes one single-part message. */
    private final int personsPerPart;

    private final PaxlstWriter paxlst = new PaxlstWriter();
    private final PnrgovWriter pnrgov = new PnrgovWriter();

    public MessageRenderer() {
        this(0);
    }

    public MessageRenderer(int personsPerPart) {
        if (personsPerPart < 0) {
            throw new IllegalArgumentException("personsPerPart must be 0 (no split) or more, got " + personsPerPart);
        }
        this.personsPerPart = personsPerPart;
    }

    public FlightMessages render(GeneratedFlight flight) {
        return render(flight.manifest());
    }

    public FlightMessages render(FlightManifest manifest) {
        var parts = personsPerPart == 0 || manifest.passengers().size() <= personsPerPart
                ? java.util.List.of(paxlst.write(manifest))
                : paxlst.writeParts(manifest, personsPerPart);
        return new FlightMessages(manifest.flight().key(), parts, pnrgov.write(manifest));
    }
}
