package org.piu.targeting.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.piu.targeting.messages.pnrgov.PnrgovWriter;

class ConcurrentParsingTest {

    @Test
    void one_parser_serves_concurrent_requests_with_identical_results() throws Exception {
        MessageParser parser = Fixtures.parser();
        String pnr = new PnrgovWriter().write(SampleManifests.pnr());
        String api = Fixtures.load("paxlst-d05b-multileg.edi");
        ParsedMessages expectedPnr = parser.parse(pnr);
        ParsedMessages expectedApi = parser.parse(api);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even
                        ? parser.parse(pnr).equals(expectedPnr)
                        : parser.parse(api).equals(expectedApi)));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
