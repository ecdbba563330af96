package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Adverbs of degree (almost, quite, nearly) between a subject and its verb are stepped over, like never or also. */
class IndirectDegreeAdverbTest {

    private static List<String> speakers(String text) {
        return Reports.speakers(text);
    }

    @Test
    void almostBeforeTheSecondVerbKeepsTheSubject() {
        assertEquals(List.of("The growers"),
                speakers("The growers heard of the plan on Monday and almost instantly revealed it to the guild."));
    }

    @Test
    void quiteAfterNeverKeepsTheSubject() {
        assertEquals(List.of("the wardens"),
                speakers("The ferry ran late all week, but the wardens never quite believed that the pier was unsafe."));
    }

    @Test
    void nearlyAfterAModalKeepsTheSubject() {
        assertEquals(List.of("The keeper"),
                speakers("The keeper, who owns the orchard, would nearly always have backed a toll for the pier."));
    }
}
