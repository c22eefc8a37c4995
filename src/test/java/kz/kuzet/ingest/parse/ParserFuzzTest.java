package kz.kuzet.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random mutations of valid records through every parser: only ParseFailure may come out. */
class ParserFuzzTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-10T08:00:00Z");
    private static final long SEED = 20260310L;
    private static final int ROUNDS = 4_000;

    static final List<String> SEEDS = List.of(
            "CEF:0|Ven\\|dor|Prod|1.0|100|Name \\\\ x|7|src=10.0.0.1 dst=10.0.0.2 spt=1 dpt=2 msg=a\\=b\\nc "
                    + "cs1Label=MITRE cs1=T1110 rt=Mar 10 2026 10:00:00 UTC",
            "<134>Mar 10 10:00:00 fw CEF:0|V|P|1|2|N|Very-High|dvc=10.0.0.9 rt=1773129600000",
            "LEEF:1.0|V|P|1|E|src=1.2.3.4\tdst=5.6.7.8\tsev=7\tdevTime=Mar 10 2026 10:00:00",
            "LEEF:2.0|V|P|1|E|0x5E|src=1.2.3.4^sev=3^devTime=2026-03-10T10:00:00Z",
            "<165>1 2026-03-10T12:00:00.123456+05:00 host app 42 ID [x@1 a=\"b\\\"c\" d=\"e\\]\"][y k=\"v\"] \uFEFFmsg",
            "<38>Mar  1 23:59:50 web-01 sshd[812]: Failed password from 10.0.0.1 port 22",
            "{\"timestamp\":\"2026-03-10T10:00:00.25+0500\",\"event_type\":\"alert\",\"src_ip\":\"10.5.5.5\","
                    + "\"src_port\":4444,\"dest_ip\":\"192.0.2.7\",\"dest_port\":443,\"alert\":{\"gid\":1,"
                    + "\"signature_id\":2030053,\"signature\":\"ET X\",\"category\":\"C\",\"severity\":1}}",
            "{\"timestamp\":\"2026-03-10T08:00:00.000+0000\",\"rule\":{\"level\":12,\"id\":\"5712\",\"mitre\":"
                    + "{\"id\":[\"T1110\"]}},\"agent\":{\"name\":\"a\",\"ip\":\"10.9.0.7\"},\"data\":{\"srcip\":\"1.2.3.4\"}}",
            "{\"@timestamp\":\"2026-03-10T08:00:00Z\",\"ecs\":{},\"event\":{\"severity\":73},\"source\":{\"ip\":\"1.1.1.1\","
                    + "\"port\":5},\"threat\":{\"technique\":{\"id\":[\"T1110\"]}}}",
            "{\"Event\":{\"System\":{\"EventID\":{\"#attributes\":{\"Qualifiers\":1},\"#text\":4625},\"TimeCreated\":"
                    + "{\"#attributes\":{\"SystemTime\":\"2026-03-10T07:15:00Z\"}}},\"EventData\":{\"IpAddress\":\"1.2.3.4\"}}}",
            "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider Name=\"P\"/>"
                    + "<EventID>4625</EventID><Level>0</Level><TimeCreated SystemTime=\"2026-03-10T07:15:00Z\"/>"
                    + "</System><EventData><Data Name=\"IpAddress\">1.2.3.4</Data><Data>x</Data></EventData></Event>");

    private static final String SPECIAL = "|=\\\"[]{}<>:\t\n\r -0T.\u0000\uFEFF\u00e9\u0416\uD83D\uDE00x";

    static String mutate(String s, Random rnd) {
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int pos = sb.length() == 0 ? 0 : rnd.nextInt(sb.length());
            switch (rnd.nextInt(6)) {
                case 0 -> sb.insert(pos, SPECIAL.charAt(rnd.nextInt(SPECIAL.length())));
                case 1 -> { if (sb.length() > 0) sb.deleteCharAt(pos); }
                case 2 -> { if (sb.length() > 0) sb.setCharAt(pos, (char) rnd.nextInt(0x3000)); }
                case 3 -> sb.setLength(pos);
                case 4 -> { int end = Math.min(sb.length(), pos + rnd.nextInt(20)); sb.insert(pos, sb.substring(pos, end)); }
                default -> { int end = Math.min(sb.length(), pos + rnd.nextInt(10)); sb.delete(pos, end); }
            }
        }
        return sb.toString();
    }

    @Test
    void noExceptionButParseFailureEscapesAnyParserAndEveryInputIsCounted() {
        Random rnd = new Random(SEED);
        Parsers parsers = new Parsers();
        long parsed = 0;
        long failed = 0;
        long calls = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String input = mutate(SEEDS.get(rnd.nextInt(SEEDS.size())), rnd);
            for (Format f : Format.values()) {
                calls++;
                if (attempt(() -> parsers.parser(f).parse(input, RECEIVED), input, f.id())) {
                    parsed++;
                } else {
                    failed++;
                }
            }
            calls++;
            if (attempt(() -> parsers.parse(input, null, RECEIVED), input, "auto")) {
                parsed++;
            } else {
                failed++;
            }
        }
        assertThat(parsed + failed).isEqualTo(calls).isEqualTo((long) ROUNDS * (Format.values().length + 1));
        assertThat(parsed).isPositive();
        assertThat(failed).isPositive();
    }

    private static boolean attempt(Runnable parse, String input, String parser) {
        try {
            parse.run();
            return true;
        } catch (ParseFailure e) {
            assertThat(e.getMessage()).isNotBlank();
            return false;
        } catch (RuntimeException | StackOverflowError e) {
            fail("parser " + parser + " threw " + e + " on input: " + input.replace("\n", "\\n"), e);
            return false;
        }
    }
}
