package org.piu.targeting.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.piu.targeting.messages.paxlst.PaxlstWriter;
import org.piu.targeting.messages.pnrgov.PnrgovWriter;

/**
 * 10,000 messages mutated deterministically from the fixtures (truncation, wrong separators, bad dates, missing
 * segments, huge fields, binary noise, random character flips, duplicated and swapped segments, damaged UNA):
 * each is either read (with warnings) or rejected with a MessageFormatException that has a position; nothing
 * else may escape the parser.
 */
class MutationCorpusTest {
    private static final int MESSAGES = 10_000;

    @Test
    void every_mutated_message_is_read_or_rejected_with_a_position() {
        List<String> seeds = new ArrayList<>();
        for (String name : Fixtures.ALL) {
            seeds.add(Fixtures.load(name));
        }
        seeds.add(new PaxlstWriter().write(SampleManifests.api()));
        seeds.add(new PaxlstWriter("#|,!^~", false).write(SampleManifests.api()));
        seeds.add(new PnrgovWriter().write(SampleManifests.pnr()));
        seeds.add(String.join("", new PaxlstWriter().writeParts(SampleManifests.api(), 1)));

        MessageParser parser = Fixtures.parser();
        Random random = new Random(20261122L);
        int read = 0;
        int rejected = 0;
        List<String> escapes = new ArrayList<>();
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        for (int i = 0; i < MESSAGES; i++) {
            String seed = seeds.get(random.nextInt(seeds.size()));
            String mutated = mutate(seed, random);
            if (random.nextInt(10) == 0) {
                mutated = mutate(mutated, random);
            }
            try {
                ParsedMessages parsed = parser.parse(mutated);
                assertThat(parsed.contentHash()).hasSize(64);
                assertThat(parsed.warnings())
                        .allSatisfy(w -> assertThat(w.line()).isNotNegative());
                read++;
            } catch (MessageFormatException e) {
                if (e.line() < 1
                        || e.column() < 1
                        || e.offset() < 0
                        || e.offset() > mutated.length()
                        || e.segmentIndex() < 0) {
                    escapes.add("#" + i + " position out of range: " + e.getMessage());
                }
                if (e.problem().startsWith("the message could not be read")) {
                    escapes.add("#" + i + " defect caught by the last-resort guard: " + e.getMessage());
                }
                rejected++;
                kinds.merge(
                        e.problem()
                                .replaceAll("'[^']*'", "'…'")
                                .replaceAll("\\d+", "N")
                                .replaceAll("at position N.*", ""),
                        1,
                        Integer::sum);
            } catch (Throwable t) {
                escapes.add("#" + i + " " + t);
            }
        }
        System.out.printf("mutation corpus: %d read with warnings, %d rejected with a position%n", read, rejected);
        kinds.forEach((k, v) -> System.out.printf("  %5d  %s%n", v, k));
        assertThat(escapes).isEmpty();
        assertThat(read + rejected).isEqualTo(MESSAGES);
        assertThat(read).as("lenient reading recovers a good share").isGreaterThan(MESSAGES / 5);
        assertThat(rejected).as("truncations are rejected").isGreaterThan(MESSAGES / 20);
    }

    static String mutate(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int at = r.nextInt(s.length());
        return switch (r.nextInt(10)) {
            case 0 -> s.substring(0, at); // truncation
            case 1 -> { // wrong separators
                char[] seps = {'+', ':', '\'', '?', '*', '|', '#', '~', '\n'};
                char from = seps[r.nextInt(4)];
                char to = seps[r.nextInt(seps.length)];
                yield r.nextBoolean()
                        ? s.replace(from, to)
                        : s.substring(0, at)
                                + s.substring(at)
                                        .replaceFirst(
                                                java.util.regex.Pattern.quote(String.valueOf(from)),
                                                java.util.regex.Matcher.quoteReplacement(String.valueOf(to)));
            }
            case 2 -> { // bad dates
                String[] junk = {"99999999", "20261399", "ABCDEF", "", "0", "311302", "2026-11-22", "?'", "29FEB25"};
                yield s.replaceFirst(
                        "(DTM\\+\\d+:|TVL\\+|/\\d\\d[A-Z]{3}|RCI\\+[^']*::)[0-9A-Z]+",
                        "$1" + junk[r.nextInt(junk.length)]);
            }
            case 3 -> removeSegment(s, r); // missing (possibly mandatory) segment
            case 4 -> s.substring(0, at) + "W".repeat(500 + r.nextInt(100_000)) + s.substring(at); // huge field
            case 5 -> { // binary noise
                StringBuilder noise = new StringBuilder();
                for (int k = 0, n = 1 + r.nextInt(64); k < n; k++) {
                    noise.append((char) r.nextInt(r.nextBoolean() ? 256 : 0xFFFF));
                }
                yield s.substring(0, at) + noise + s.substring(at);
            }
            case 6 -> { // random character flips
                char[] c = s.toCharArray();
                for (int k = 0, n = 1 + r.nextInt(10); k < n; k++) {
                    c[r.nextInt(c.length)] = (char) (32 + r.nextInt(95));
                }
                yield new String(c);
            }
            case 7 -> duplicateOrSwap(s, r);
            case 8 ->
                s.startsWith("UNA")
                        ? (r.nextBoolean() ? s.substring(9) : "UNA" + shuffle(s.substring(3, 9), r) + s.substring(9))
                        : "UNA:+.? '" + s;
            default -> s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + r.nextInt(40)));
        };
    }

    private static List<int[]> segments(String s) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\'' || s.charAt(i) == '~') {
                spans.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        return spans;
    }

    private static String removeSegment(String s, Random r) {
        List<int[]> spans = segments(s);
        if (spans.isEmpty()) {
            return s;
        }
        int[] span = spans.get(r.nextInt(spans.size()));
        return s.substring(0, span[0]) + s.substring(span[1]);
    }

    private static String duplicateOrSwap(String s, Random r) {
        List<int[]> spans = segments(s);
        if (spans.size() < 2) {
            return s;
        }
        int[] a = spans.get(r.nextInt(spans.size()));
        if (r.nextBoolean()) {
            return s.substring(0, a[1]) + s.substring(a[0], a[1]) + s.substring(a[1]);
        }
        int[] b = spans.get(r.nextInt(spans.size()));
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        if (a[1] > b[0]) {
            return s;
        }
        return s.substring(0, a[0])
                + s.substring(b[0], b[1])
                + s.substring(a[1], b[0])
                + s.substring(a[0], a[1])
                + s.substring(b[1]);
    }

    private static String shuffle(String chars, Random r) {
        char[] c = chars.toCharArray();
        for (int i = c.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new String(c);
    }
}
