package org.piu.targeting.workbench.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.piu.targeting.messages.paxlst.PaxlstWriter;
import org.piu.targeting.messages.pnrgov.PnrgovWriter;
import org.piu.targeting.sample.flight.FlightGenerator;
import org.piu.targeting.sample.flight.FlightGeneratorSettings;
import org.piu.targeting.workbench.IntegrationTestBase;

/**
 * Messy real-world input through the whole HTTP path (parse, check, merge, screen, rules, archive): every mutated
 * message is either assessed (200, with warnings) or refused with a 400 that says where — never a server error.
 * The messages module proves the parser on 10,000 mutations; this proves nothing behind it turns one into a 500.
 */
class MutatedMessagesApiTest extends IntegrationTestBase {

    @Test
    void mutated_paxlst_and_pnrgov_messages_never_cause_a_server_error() {
        var flight = new FlightGenerator(FlightGeneratorSettings.load(1, 20))
                .flight(7L, LocalDate.of(2026, 12, 3), 0)
                .manifest();
        List<String> originals = List.of(new PaxlstWriter().write(flight), new PnrgovWriter().write(flight));
        SplittableRandom rng = new SplittableRandom(42);
        List<String> failures = new ArrayList<>();
        int assessed = 0;
        int refused = 0;
        for (int i = 0; i < 120; i++) {
            String message = mutate(originals.get(i % 2), rng);
            String path = i % 3 == 0 ? "/api/v1/messages/parse" : "/api/v1/messages";
            var response = send(asPipeline(path)
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(message)));
            if (response.statusCode() == 200) {
                assessed++;
            } else if (response.statusCode() == 400 && response.body().contains("\"detail\"")) {
                refused++;
            } else {
                failures.add(i + ": " + response.statusCode() + " " + response.body());
            }
        }
        assertThat(failures).isEmpty();
        assertThat(assessed).isPositive();
        assertThat(refused).isPositive();
    }

    /** Truncation, dropped or doubled segments, flipped characters, wrong separators, huge fields, binary noise. */
    static String mutate(String message, SplittableRandom rng) {
        StringBuilder m = new StringBuilder(message);
        switch (rng.nextInt(7)) {
            case 0 -> m.setLength(rng.nextInt(Math.max(1, m.length())));
            case 1 -> {
                int at = m.indexOf("'", rng.nextInt(m.length()));
                int end = at < 0 ? -1 : m.indexOf("'", at + 1);
                if (end > 0) {
                    m.delete(at + 1, end + 1);
                }
            }
            case 2 -> {
                for (int k = 0; k < 5; k++) {
                    m.setCharAt(rng.nextInt(m.length()), (char) (32 + rng.nextInt(95)));
                }
            }
            case 3 -> {
                String s = m.toString().replace('+', '*');
                m.setLength(0);
                m.append(s);
            }
            case 4 -> m.insert(rng.nextInt(m.length()), "X".repeat(5_000));
            case 5 -> {
                for (int k = 0; k < 8; k++) {
                    m.insert(rng.nextInt(m.length()), (char) rng.nextInt(32));
                }
            }
            default -> {
                int at = m.indexOf("DTM+", rng.nextInt(m.length()));
                if (at >= 0) {
                    m.replace(at, Math.min(m.length(), at + 12), "DTM+189:2613");
                }
            }
        }
        return m.toString();
    }
}
