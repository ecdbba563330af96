package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quoteattributor.quote.FoundQuote;

/** To whom a quotation was said: one sentence per pattern, and the sentences that name nobody. */
class AddresseesTest {

    /** The addressee's mention in quotation {@code qi}, or {@code "<none>"}. */
    private static String addressee(Linking l, int qi) {
        FoundQuote q = l.quote(qi);
        return q.addresseeStart >= 0 ? l.text.substring(q.addresseeStart, q.addresseeEnd) : "<none>";
    }

    private static String onlyAddressee(String text) {
        Linking l = Linking.linked(text);
        assertEquals(1, l.quotes().size(), text);
        return addressee(l, 0);
    }

    @Nested
    class ObjectOfTheVerb {

        @Test
        void toldBeforeTheQuotation() {
            assertEquals("Peter Grant", onlyAddressee("Maria Lopez told Peter Grant: “The bridge opens in May.”"));
        }

        @Test
        void toldAfterTheQuotation() {
            assertEquals("Peter Grant", onlyAddressee("“The bridge opens in May,” Maria Lopez told Peter Grant."));
        }

        @Test
        void asked() {
            assertEquals("the driver", onlyAddressee("Her aunt asked the driver, “Is this the road to Leeds?”"));
        }

        @Test
        void aDescriptionThatSpeaksElsewhereInTheText() {
            Linking l = Linking.linked("“What a fine bird you are,” said the fox to the crow.\n\n“Caw!” cried the crow.\n\n"
                    + "“You have a voice,” the fox told the crow.");
            assertEquals("the crow", addressee(l, 0));
            assertEquals("the crow", addressee(l, 2));
        }

        @Test
        void butNotADescriptionThatNeverSpeaks() {
            Linking l = Linking.linked("“What a fine bird you are,” said the fox to the crow.\n\n“Caw!” cried the hen.");
            assertEquals("<none>", addressee(l, 0));
        }

        @Test
        void aNounOfTrade() {
            assertEquals("the porter", onlyAddressee("“Take the trunk up,” she told the porter."));
        }

        @Test
        void notFromTheCueOfAnotherTurn() {
            Linking l = Linking.linked("Tollan and a porter stood on the pier.\n\n“Take the trunk up,” Tollan said to the porter.\n\n"
                    + "“Yes, ma'am.”\n\n“And mind the lid.”\n\n“I will.”");
            assertEquals("the porter", addressee(l, 0));
            assertEquals("<none>", addressee(l, 2));
        }

        @Test
        void anObjectPronoun() {
            assertEquals("him", onlyAddressee("“We leave at dawn,” she told him."));
        }

        @Test
        void anAudienceWithoutArticle() {
            assertEquals("reporters", onlyAddressee("The coach told reporters: “We played badly.”"));
        }

        @Test
        void aNamedBodyAfterTheArticle() {
            assertEquals("the Senate", onlyAddressee("“The budget is balanced,” the minister told the Senate."));
        }

        @Test
        void capitalsBeforeAnAudienceModifyIt() {
            assertEquals("Danish reporters", onlyAddressee("“We will stay,” the coach told Danish reporters."));
        }

        @Test
        void afterAnInvertedSpeaker() {
            assertEquals("Tom", onlyAddressee("“Sit down,” said Ann to Tom."));
        }
    }

    @Nested
    class AfterTo {

        @Test
        void saidTo() {
            assertEquals("Peter Grant", onlyAddressee("Maria Lopez said to Peter Grant, “The bridge opens in May.”"));
        }

        @Test
        void repliedTo() {
            assertEquals("Maria Lopez", onlyAddressee("“Not before June,” Peter Grant replied to Maria Lopez."));
        }

        @Test
        void anAdverbBetweenVerbAndTo() {
            assertEquals("her sister", onlyAddressee("“Hush,” Kate said softly to her sister."));
        }
    }

    @Nested
    class Vocative {

        @Test
        void atTheStart() {
            Linking l = Linking.linked("“Come, Nora,” said Mrs. Quill. “The carriage waits.”");
            assertEquals("Nora", addressee(l, 0));
        }

        @Test
        void atTheEnd() {
            assertEquals("Mr. Barlow", onlyAddressee("“The carriage has waited an hour for us, Mr. Barlow.”"));
        }

        @Test
        void sharedByTheSecondPartOfAnInterruptedQuotation() {
            Linking l = Linking.linked("“Nora,” said Mrs. Quill, “the carriage waits.”");
            assertEquals("Nora", addressee(l, 0));
            assertEquals("Nora", addressee(l, 1));
        }

        @Test
        void notAVerbOpeningTheQuotationThatTheTextAlsoWritesInLowerCase() {
            Linking l = Linking.linked("“Listen, the rain has stopped,” said Ann. Nobody would listen.");
            assertEquals("<none>", addressee(l, 0));
        }

        @Test
        void aNameOpeningTheQuotation() {
            assertEquals("Nora", onlyAddressee("“Nora, the rain has stopped,” said Ann."));
        }

        @Test
        void notInTheMiddleOfALongQuotation() {
            assertEquals("<none>", onlyAddressee("“We drove past the mill, Nora, and then along the river to the farm.”"));
        }

        @Test
        void notATitleQuotedInsideTheQuotation() {
            assertEquals("<none>", onlyAddressee("“They never watched “Harbour Lights,” not once,” Ann said."));
        }

        @Test
        void notTheLastNameOfAList() {
            assertEquals("<none>", onlyAddressee("“We played in Leeds, York, Hull,” the singer said."));
        }

        @Test
        void notAPlaceAfterItsTown() {
            assertEquals("<none>", onlyAddressee("“The show opens next month in Leeds, Yorkshire,” the singer said."));
        }

        @Test
        void aPersonAfterAnotherNameAndAComma() {
            assertEquals("Mrs. Moss", onlyAddressee("“Do the children like Marmite, Mrs. Moss?”"));
        }

        @Test
        void aQuotationThatIsOnlyANameWithoutSpeakerIsATitleMoreOften() {
            assertEquals("<none>", onlyAddressee("The band played “Harbour Lights,” an old ballad, twice."));
        }

        @Test
        void aBareFormOfAddressNamesNobody() {
            // "sir" says that someone is spoken to, not who: no addressee.
            assertEquals("<none>", onlyAddressee("“Yes, sir,” the boy answered."));
            assertEquals("<none>", onlyAddressee("“Yes, Sir,” the boy answered."));
        }

        @Test
        void aTitleAloneNamesNobody() {
            assertEquals("<none>", onlyAddressee("“Thank you, Mr. President,” she said."));
        }
    }

    @Nested
    class Negatives {

        @Test
        void aNameAfterAVerbOpeningTheQuotationIsItsObject() {
            assertEquals("<none>", onlyAddressee("“Ask Tibbald,” I said."));
            assertEquals("<none>", onlyAddressee("“Tell Tibbald,” I said."));
            assertEquals("Tibbald", onlyAddressee("“Morning, Tibbald,” I said."));
        }

        @Test
        void aNameWithAPossessiveIsNoAddressee() {
            String text = "Brannoc leaned over the letter. “Whose seal is that?”\n\n“Captain Oduya’s,” Sefa said quietly.";
            Linking l = Linking.linked(text);
            assertEquals("<none>", addressee(l, 1));
            assertEquals("<none>", onlyAddressee("“Captain Oduya's, of course,” Sefa said."));
            assertEquals("Captain Oduya", onlyAddressee("“Of course, Captain Oduya,” Sefa said."));
        }

        @Test
        void aNameAnsweringWhoWithItsDescriptionIsNoAddressee() {
            String text = "“A witness has fallen ill,” said Daskin.\n\n“Which witness?” asked the judge.\n\n“Mrs. Quarmby, the landlady.”\n\n“Then we wait.”";
            Linking l = Linking.linked(text);
            assertEquals("<none>", addressee(l, 2));
            assertEquals("<none>", onlyAddressee("“Tibbald Hoskins, her brother,” Sefa said."));
            assertEquals("Mr. Tibbald", onlyAddressee("“Mr. Tibbald, my lord,” Sefa said."));
            assertEquals("Mr. Tibbald", onlyAddressee("“Mr. Tibbald, the door,” Sefa said."));
            assertEquals("Mrs. Quarmby", onlyAddressee("“Mrs. Quarmby, the landlady is here,” Sefa said."));
        }

        @Test
        void saidToBeIsNoAddressee() {
            assertEquals("<none>", onlyAddressee("The old bridge was said to be “a danger to everyone” by the engineers."));
        }

        @Test
        void aThingAskedIsNoAddressee() {
            assertEquals("<none>", onlyAddressee("“Why now?” he asked the question again."));
        }

        @Test
        void theInvertedSpeakerIsNotTheAddressee() {
            assertEquals("<none>", onlyAddressee("“Where are you going?” asked Mr. Barlow."));
        }

        @Test
        void talkingToOneselfIsNoAddressee() {
            assertEquals("<none>", onlyAddressee("“It will rain,” Ann told herself."));
        }

        @Test
        void theSpeakerAddressedByNameIsNoAddressee() {
            // A name set off like a vocative but naming the speaker: she scolds herself.
            assertEquals("<none>", onlyAddressee("“Enough, Nora,” said Nora Moss."));
        }

        @Test
        void accordingToNamesTheSpeakerOnly() {
            assertEquals("<none>", onlyAddressee("“The talks went well,” according to Maria Lopez."));
        }
    }
}
