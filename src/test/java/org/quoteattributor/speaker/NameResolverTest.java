package org.quoteattributor.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The name each speaker mention stands for. Most tests set the mention by hand and run the
 * resolver alone, so that only the resolver is under test.
 */
class NameResolverTest {

    /** Finds the one quotation in {@code text}, makes {@code mention} its speaker and resolves it. */
    private static String resolve(String text, String mention, int type) {
        Linking l = Linking.found(text);
        Document d = l.document();
        l.setSpeaker(0, mention, type);
        new NameResolver(d).resolve();
        return l.quote(0).speakerName;
    }

    @Nested
    class Names {

        @Test
        void titlesOfLocalOfficesAreDroppedFromTheName() {
            Linking l = Linking.linked("The council voted on Monday.\n\n“We will win,” said Alderman Nessa Quillon.\n\n"
                    + "“We will not,” said Councilwoman Brisa Tollan.");
            assertEquals("Nessa Quillon", l.name(0));
            assertEquals("Brisa Tollan", l.name(1));
        }

        @Test
        void twoConnectorsRunTogetherStayInTheFullName() {
            Linking l = Linking.linked("“We will win,” said Xiomara de la Ochoa, the chief executive.\n\n"
                    + "“They are paying up,” said Marjolein van der Verhoeven, an analyst.\n\n"
                    + "“We start now,” de la Ochoa said.\n\n“No question,” van der Verhoeven said.");
            assertEquals("Xiomara de la Ochoa", l.name(0));
            assertEquals("Marjolein van der Verhoeven", l.name(1));
            assertEquals("Xiomara de la Ochoa", l.name(2));
            assertEquals("Marjolein van der Verhoeven", l.name(3));
        }

        @Test
        void aFamilyNameAfterTheArticleAlIsAName() {
            Linking l = Linking.linked("“Zainab brings discipline,” said Radovan Stojanovic, the chief executive.\n\n"
                    + "“We have the best pipeline,” said Zainab al-Khalidi.\n\n"
                    + "“We start now,” said al-Khalidi.");
            assertEquals("Zainab al-Khalidi", l.name(1));
            assertEquals("al-Khalidi", l.mention(2));
            assertEquals("Zainab al-Khalidi", l.name(2));
        }

        @Test
        void titlesOfCouncilsAndFaithsAreDroppedFromTheName() {
            Linking l = Linking.linked("The hall was full on Monday.\n\n“We will win,” said Councillor Nessa Quillon.\n\n"
                    + "“We will pray,” said Rabbi Teodor Brunnock.\n\n“We will not,” said Cllr Brisa Tollan.\n\n"
                    + "“Nor will we,” said Pastor Orrin Vexley.");
            assertEquals("Nessa Quillon", l.name(0));
            assertEquals("Teodor Brunnock", l.name(1));
            assertEquals("Brisa Tollan", l.name(2));
            assertEquals("Orrin Vexley", l.name(3));
        }

        @Test
        void theRabbiIsTheOneTitledSo() {
            Linking l = Linking.linked("Rabbi Teodor Brunnock opened the meeting at the hall in Dunmere.\n\n"
                    + "“We will not be moved,” the rabbi said.");
            assertEquals("the rabbi", l.mention(0));
            assertEquals("Teodor Brunnock", l.name(0));
        }

        @Test
        void aRoleNounOpeningTheSentenceBeforeAGivenNameIsNoPartOfTheName() {
            Linking l = Linking.linked("Economist Mary Quarrie said prices would rise.\n\n“It is certain,” Quarrie added.");
            assertEquals("Mary Quarrie", l.name(0));
        }

        @Test
        void aRoleNounOpeningTheSentenceBeforeTwoWordsThatSayIsNoPartOfTheName() {
            Linking l = Linking.linked("Spokesman Orrin Tallis said the pier would close.\n\n“It is certain,” Tallis added.");
            assertEquals("Orrin Tallis", l.name(0));
        }

        @Test
        void aNounOfATradeOpeningTheSentenceIsARoleToo() {
            Linking l = Linking.linked("Librarian Wrenna Ostley told the council the branch would close.\n\n“It is certain,” Ostley added.");
            assertEquals("Wrenna Ostley", l.name(0));
        }

        @Test
        void aRoleNounOpeningTheSentenceIsNoPartOfTheNameAlsoPastAClauseSetOff() {
            Linking l = Linking.linked("Librarian Wrenna Ostley, who has worked there for years, told the council the branch would close."
                    + "\n\n“It is certain,” Ostley added.");
            assertEquals("Wrenna Ostley", l.name(0));
        }

        @Test
        void butBeforeTwoWordsOfNoGivenNameAndNoVerbOfSayingItStays() {
            Linking l = Linking.linked("Spokesman Orrin Tallis left the pier.\n\n“It is certain,” Tallis said.");
            assertEquals("Spokesman Orrin Tallis", l.name(0));
        }

        @Test
        void notBeforeTheNameOfABody() {
            assertEquals("Democrat Mary Quarrie Foundation", Linking.linked("Democrat Mary Quarrie Foundation said “no”.").name(0));
        }

        @Test
        void aSurnameBecomesTheFullNameGivenBefore() {
            assertEquals("Jane Roe", resolve("Jane Roe arrived. “Hi,” Roe said.", "Roe", Mentions.NAME));
        }

        @Test
        void aGivenNameWrittenAloneFirstIsSpelledOutWhenTheTextMostlyUsesTheSurname() {
            Linking l = Linking.linked("“Ready,” said Walt.\n\nWalt Pimm came back at noon. Pimm sat down."
                    + " Later Walt Pimm slept, and Pimm snored, and Pimm woke. His sister Ann Pimm laughed.");
            assertEquals("Walt Pimm", l.quote(0).speakerName);
        }

        @Test
        void aGivenNameWrittenAloneFirstStaysWhenTheTextMostlyUsesIt() {
            Linking l = Linking.linked("“Ready,” said Walt.\n\nWalt Pimm came back at noon. Walt sat down."
                    + " Later Walt Pimm slept, and Walt snored, and Pimm woke. His sister Ann Pimm laughed.");
            assertEquals("Walt", l.quote(0).speakerName);
        }

        /** Two people named Owen: Owen Brackwell, called Brackwell, and Owen Barnaby, written in full {@code andrews} times. */
        private static String owens(String andrews) {
            return "Owen Brackwell rode up to the inn at Dunmere. Brackwell was tired, and Brackwell was cold."
                    + " Owen Brackwell sat by the fire while Brackwell ate.\n\n“Where is my horse?” said Owen.\n\n"
                    + "“In the stable,” said Brackwell.\n\n" + andrews + "\n\n“May I ride him?” said Owen.";
        }

        @Test
        void aGivenNameIsNoFullNameItOpensWhenItAlsoOpensTwoGivenNamesWrittenAsOften() {
            Linking l = Linking.linked(owens("Owen Barnaby came down the stairs. Owen Barnaby was a boy of ten."));
            assertEquals("Owen", l.quote(0).speakerName);
            assertEquals("Owen", l.quote(2).speakerName);
            assertEquals("Owen Brackwell", l.quote(1).speakerName);
        }

        @Test
        void aGivenNameSharedWithOneCalledBySurnameIsTheOtherOnesWrittenInFullMoreOften() {
            Linking l = Linking.linked(owens("Owen Barnaby came down the stairs. Owen Barnaby was a boy of ten,"
                    + " and Owen Barnaby liked horses. Owen Barnaby ran out."));
            assertEquals("Owen Barnaby", l.quote(0).speakerName);
            assertEquals("Owen Barnaby", l.quote(2).speakerName);
            assertEquals("Owen Brackwell", l.quote(1).speakerName);
        }

        @Test
        void aGivenNameSharedWithOneCalledBySurnameStaysWhenTheOtherIsWrittenInFullBarelyMoreOften() {
            Linking l = Linking.linked(owens("Owen Barnaby came down the stairs. Owen Barnaby was a boy of ten,"
                    + " and Owen Barnaby ran out."));
            assertEquals("Owen", l.quote(2).speakerName);
        }

        @Test
        void aSheIsNotReportedByTwoGivenNamesOfTwoPeopleSideBySide() {
            Linking l = Linking.linked("At Dunmere, Nora came to stay with Ann. Ann liked her; Ann Nora, Nora Ann, he thought,"
                    + " as they walked. Then Nora was tired.\n\nSoon Nora sat down. She smiled.\n\n“It is late,” she said.\n\n"
                    + "Later Nora Quill went home, and Nora Quill slept. Her brother Tom Quill did not.");
            assertEquals("she", l.mention(0));
            assertEquals("Nora", l.name(0));
        }

        @Test
        void aFamiliarFormHeardOnlyInSpeechIsTheGivenNameTheNarrationWrites() {
            Linking l = Linking.linked("The ferry left at dawn, with Lord Edward and his aunt on board.\n\n"
                    + "“Look, the gulls are following us.”\n\n“They want the bread in your basket, Ned,” said his aunt.");
            assertEquals("Edward", l.name(0));
        }

        @Test
        void aFamiliarFormTheNarrationWritesAloneStaysAsItIs() {
            Linking l = Linking.linked("The ferry left at dawn, with Lord Edward and his aunt on board. Ned waved from the quay.\n\n"
                    + "“Look, the gulls are following us.”\n\n“They want the bread in your basket, Ned,” said his aunt.");
            assertEquals("Ned", l.name(0));
        }

        @Test
        void aFamiliarFormOfTwoGivenNamesTheNarrationWritesStaysAsItIs() {
            Linking l = Linking.linked("The coach left at noon with Catherine and Kathleen inside. Catherine slept.\n\nThe road was long.\n\n"
                    + "“Look, the river is in flood.”\n\n“It rose in the night, Kate,” said their uncle.");
            assertEquals("Kate", l.name(0));
        }

        @Test
        void aFamiliarFormWhoseFullFormTheNarrationWritesAsASurnameStaysAsItIs() {
            Linking l = Linking.linked("The coach left at noon with Ed Thomas inside. Thomas slept.\n\nThe road was long.\n\n"
                    + "“Look, the river is in flood.”\n\n“It rose in the night, Tom,” said his uncle.");
            assertEquals("Tom", l.name(0));
        }

        @Test
        void aFamiliarFormTheNarrationWritesStaysAsItIs() {
            Linking l = Linking.linked("The ferry left at dawn, with Lord Edward, Ned Rook and his aunt on board.\n\n"
                    + "“Look, the gulls are following us.”\n\n“They want the bread in your basket, Ned,” said his aunt.");
            assertEquals("Ned Rook", l.name(0));
        }

        @Test
        void aWordPraisingAGivenNameOpeningASentenceIsNoPartOfTheName() {
            Linking l = Linking.linked("Ann Lee kept the shop on the corner with her brother.\n\n"
                    + "Plucky Ann swept the step while the brother slept.\n\n"
                    + "“We close at six,” said Miss Ann.");
            assertEquals("Ann Lee", l.quote(0).speakerName);
        }

        @Test
        void aWordOpeningAnotherFullNameIsAGivenNameThoughItOpensTheSentence() {
            Linking l = Linking.linked("Ann Lee kept the shop on the corner. Wenna Pimm sat by the door.\n\n"
                    + "Wenna Ann came in at noon.\n\n“We close at six,” said Ann.");
            assertEquals("Wenna Ann", l.quote(0).speakerName);
        }

        @Test
        void aSurnameBecomesTheFullNameGivenAfter() {
            assertEquals("Jane Roe", resolve("“Hi,” Roe said. Jane Roe then left.", "Roe", Mentions.NAME));
        }

        @Test
        void theFullNameLeavesOutTitles() {
            assertEquals("Jane Roe", resolve("Sen. Jane Roe arrived. “Hi,” Roe said.", "Roe", Mentions.NAME));
        }

        @Test
        void theFullNameLeavesOutTheOfficeAfterATitle() {
            assertEquals("Tom Kent", resolve("Secretary of State Tom Kent arrived. “Hi,” Kent said.", "Kent", Mentions.NAME));
            assertEquals("Ann Lee", resolve("Speaker of the House Ann Lee arrived. “Hi,” Lee said.", "Lee", Mentions.NAME));
        }

        @Test
        void aTitledMentionWithNoFullerFormLosesItsTitle() {
            assertEquals("Roe", resolve("“Hi,” said Sen. Roe.", "Sen. Roe", Mentions.NAME));
        }

        @Test
        void initialsArePartOfTheFullName() {
            assertEquals("J.K. Doe",
                    resolve("Vice President J.K. Doe arrived. “Hi,” Doe said.", "Doe", Mentions.NAME));
        }

        @Test
        void aPossessiveEndingIsNotPartOfTheName() {
            assertEquals("Jane Roe", resolve("Jane Roe’s plan failed. “Hi,” Roe said.", "Roe", Mentions.NAME));
        }

        @Test
        void aWordCapitalizedOnlyForOpeningTheSentenceIsNoPartOfTheName() {
            assertEquals("Kerr", resolve("Except Kerr, all left except one. “Hi,” Kerr said.", "Kerr", Mentions.NAME));
        }

        @Test
        void aFullNameWrittenOnlyAtTheStartOfSentencesIsStillOneWhenItsFirstWordIsAGivenName() {
            assertEquals("Jane Roe", resolve("Jane Roe came. “Hi,” Roe said.", "Roe", Mentions.NAME));
        }

        @Test
        void theGivenNameTellsTheGenderOfSomeoneWhoseFamilyShareTheSurname() {
            Linking l = Linking.found("Mr. Roe came in. Mary Roe sat down. “Hi,” Roe said.");
            Document d = l.document();
            l.setSpeaker(0, "Roe", Mentions.NAME);
            NameResolver r = new NameResolver(d);
            r.resolve();
            assertEquals("Mary Roe", l.quote(0).speakerName);
            assertEquals(org.quoteattributor.lexicon.Lexicon.FEMALE, r.genderOfSpeaker(l.quote(0)));
        }

        @Test
        void aGivenNameBecomesTheFullNameItOpens() {
            assertEquals("Walt Pimm", resolve("Walt Pimm came in. We saw Walt Pimm and Walt sit down. “Hi,” Walt said.", "Walt", Mentions.NAME));
        }

        @Test
        void aGivenNameBecomesTheFullNameOfThreeWordsItOpens() {
            String text = "Walt Orm Pimm came in. We saw Walt Orm Pimm and Walt sit down. “Hi,” Walt said.";
            assertEquals("Walt Orm Pimm", resolve(text, "Walt", Mentions.NAME));
        }

        @Test
        void aGivenNameIsNotTheNameItOpensWithATitleWrittenAfterIt() {
            String text = "Rustam Begum fed the geese. We saw Rustam Begum and Rustam at the pond. “Hi,” Rustam said.";
            assertEquals("Rustam", resolve(text, "Rustam", Mentions.NAME));
        }

        @Test
        void aGivenNameIsNotSpelledOutAsTheNameItOpensWithATitleWrittenAfterIt() {
            Linking l = Linking.linked("Rustam Begum fed the geese. Rustam sat down. “Hi,” Rustam said.");
            assertEquals("Rustam", l.name(0));
        }

        @Test
        void aNameIsNotTheFoundationNamedAfterThePerson() {
            String text = "Last year Thaddeus Brenwick gave the pier to the town. The Brenwick Foundation now runs the ferries,"
                    + " and the Brenwick Foundation sets the tolls. “We keep it cheap,” Brenwick said.";
            assertEquals("Thaddeus Brenwick", resolve(text, "Brenwick", Mentions.NAME));
        }

        @Test
        void aParticipleOpeningTheSentenceBeforeASurnameIsNoPartOfTheName() {
            String text = "The ferry board met Wendell Quarnby on Monday. Thanking Quarnby for the new pier, the board"
                    + " raised the tolls. “We will pay,” Quarnby said.";
            assertEquals("Wendell Quarnby", resolve(text, "Quarnby", Mentions.NAME));
        }

        @Test
        void aParticipleOpeningTheSentenceBeforeASurnameIsNoNameOfItsOwn() {
            String text = "Thanking Quarnby for the new pier, the board raised the tolls. “We will pay,” Quarnby said.";
            assertEquals("Quarnby", resolve(text, "Quarnby", Mentions.NAME));
        }

        @Test
        void aParticipleOpeningEveryMentionOfATitleStaysInIt() {
            String text = "Rowing Tolliver airs at noon. Rowing Tolliver is a show about ferries. “Tune in,” the host said.";
            assertEquals("Rowing Tolliver", resolve(text, "Rowing Tolliver", Mentions.NAME));
        }

        @Test
        void aGivenNameStaysAsItIsWhenTheFullNameIsWrittenOnce() {
            assertEquals("Walt", resolve("Walt Pimm came in. We saw Walt sit down. “Hi,” Walt said.", "Walt", Mentions.NAME));
        }

        @Test
        void aGivenNameSharedByAFamilyStaysAsItIs() {
            assertEquals("Walt", resolve("Walt Pimm and Wren Pimm came in. We saw Walt Pimm, Wren Pimm and Walt sit down. “Hi,” Walt said.", "Walt", Mentions.NAME));
        }

        @Test
        void aNarratorWhoGivesTheirNameIsCalledByIt() {
            Linking l = Linking.linked("My name is Tam Orme, and I grew up by the sea. “Come here,” I said.");
            assertEquals("Tam Orme", l.name(0));
        }

        @Test
        void aNarratorWhoGivesTheirNameInTheirOwnWordsIsCalledByIt() {
            Linking l = Linking.linked("“My name is Tam Orme,” I said. He nodded. “Come here,” I said.");
            assertEquals("Tam Orme", l.name(1));
        }

        @Test
        void aNameSomeoneElseGivesThemselfIsNotTheNarrators() {
            Linking l = Linking.linked("“My name is Tam Orme,” he said. I nodded. “Come here,” I said.");
            assertEquals("I", l.name(1));
        }

        @Test
        void aNarratorWhoSaysTheirFullNameAloneIsCalledByIt() {
            Linking l = Linking.linked("The clerk looked up. “Your name, madam?” “Nora Tarrant,” I said. He wrote it down. “Thank you,” I said.");
            assertEquals("Nora Tarrant", l.name(2));
        }

        @Test
        void aNarratorWhoAsksForSomeoneByNameIsNotCalledByIt() {
            Linking l = Linking.linked("The door opened. “Nora Tarrant?” I asked. He shook his head. “Thank you,” I said.");
            assertEquals("I", l.name(1));
        }

        @Test
        void aNarratorWhoSaysAGivenNameAloneIsNotCalledByIt() {
            Linking l = Linking.linked("The dog ran off. “Bella,” I said. It stopped. “Come,” I said.");
            assertEquals("I", l.name(1));
        }

        @Test
        void aDescriptionByAWordThatOpensANameLikeATitleIsThatPersons() {
            Linking l = Linking.linked("At noon Parson Hale rode up to the gate, and he stopped. He waited. “Good day,” said the parson.");
            assertEquals("Parson Hale", l.name(0));
        }

        @Test
        void aDescriptionByAWordThatOpensANameIsThatPersonsThoughNothingTellsTheirGender() {
            Linking l = Linking.linked("A rider came by the mill. “I am Bailiff Thorne, of Upper Wick,” came the answer. "
                    + "“Is the ford open?” asked the bailiff.");
            assertEquals("Bailiff Thorne", l.name(1));
        }

        @Test
        void aNounOfAPersonOpeningANameOfNoKnownGenderTiesNoDescriptionToIt() {
            Linking l = Linking.linked("A Boy Scout hut stood by the road. Tom Reed walked past it. “Is the ford open?” asked the boy.");
            assertNotEquals("Boy Scout", l.name(0));
        }

        @Test
        void aPronounAfterADescriptionTiedToANameIsThatPersons() {
            Linking l = Linking.linked("Dr. Ada Lane came in. She saw Dr. Lane's bag. Tom Webb lay in bed, and he coughed. "
                    + "The doctor opened the bag. “Sick?” she asked.");
            assertEquals("Ada Lane", l.name(0));
        }

        @Test
        void aPronounAfterADescriptionOpeningTheSentenceIsThePersonItIsTiedToThoughNothingTellsTheirGender() {
            Linking l = Linking.linked("A rider came by the mill. “I am Bailiff Thorne,” came the answer. “Is the ford open?” "
                    + "asked the bailiff.\nTom Reed walked past the gate.\nThe bailiff rode nearer.\n“It was only a whim,” he said.");
            assertEquals("Bailiff Thorne", l.name(2));
        }

        @Test
        void aPronounAfterADescriptionInsideItsSentenceIsNotThePersonItIsTiedToWhenNothingTellsTheirGender() {
            Linking l = Linking.linked("A rider came by the mill. “I am Bailiff Thorne,” came the answer. “Is the ford open?” "
                    + "asked the bailiff.\nTom Reed walked past the gate, and he waved to the bailiff.\n“It was only a whim,” he said.");
            assertEquals("Tom Reed", l.name(2));
        }

        @Test
        void aPronounAfterADescriptionOpeningTheSentenceIsNotThePersonItIsTiedToWhenTheDescriptionIsNoSubject() {
            Linking l = Linking.linked("A lantern swung on the pier. “I am Warden Pell, of the east gate,” came the reply. "
                    + "“Who goes there?” asked the warden.\nMilo Crane tied up the skiff.\n"
                    + "The warden? No, only a heron on the post.\n“Only a heron,” he said.");
            assertEquals("Milo Crane", l.name(2));
        }

        @Test
        void aDescriptionSetBesideANameAfterItIsThatPersons() {
            Linking l = Linking.linked("Ann Lee, the painter, stood by the easel. Tom Lee came in.\n“Too dark,” said the painter.");
            assertEquals("Ann Lee", l.name(0));
        }

        @Test
        void aDescriptionSetBesideANameBeforeItIsThatPersons() {
            Linking l = Linking.linked("The painter, Ann Lee, stood by the easel. Tom Lee came in.\n“Too dark,” said the painter.");
            assertEquals("Ann Lee", l.name(0));
        }

        @Test
        void aDescriptionSetBesideTwoNamesIsNeithers() {
            Linking l = Linking.linked("Ann Lee, the painter, stood by the easel. Meg Orr, the painter, sat.\n“Too dark,” said the painter.");
            assertEquals("the painter", l.name(0));
        }

        @Test
        void aPronounPassesTheNearestNameWhenItIsOnlyTheObjectOfAPrepositionForTheLastSpeakerOfItsGender() {
            Linking l = Linking.linked("“The tide has turned,” said Ann Webb.\n“So it has,” said I, and I stared at the bust of Lady Ames.\n"
                    + "A gull cried over the harbour.\n“Move that bust to the hall,” said she.");
            assertEquals("Ann Webb", l.name(2));
        }

        @Test
        void aPronounKeepsTheNearestNameOfItsGenderWhenItIsNoObjectOfAPreposition() {
            Linking l = Linking.linked("“The tide has turned,” said Ann Webb.\n“So it has,” said I, and I stared at Lady Ames.\n"
                    + "A gull cried over the harbour.\n“Move that bust to the hall,” said she.");
            assertEquals("Ames", l.name(2));
        }

        @Test
        void aHeAfterADescriptionOpeningTheSentenceIsThatDescriptionWhenTheTextUsesItForASpeaker() {
            Linking l = Linking.linked("Tom Reed walked down to the river.\n“Is it far?” asked the guide.\nTom Reed sat down on a stone.\n"
                    + "The guide stood on the bank.\n“The ford is dry by noon,” he told us.");
            assertEquals("The guide", l.name(1));
        }

        @Test
        void aDescriptionOpeningTheSentenceBeforeAnAuxiliaryIsItsSubjectToo() {
            Linking l = Linking.linked("Ivo Brandt climbed to the hut.\n“Cold tonight?” asked the warden.\nIvo Brandt lit the stove.\n"
                    + "The warden had barred the door at dusk.\n“Snow comes after midnight,” he said.");
            assertEquals("The warden", l.name(1));
        }

        @Test
        void aRoleTheNarratorCallsOursCountsAsOneTheTextUsesForASpeaker() {
            Linking l = Linking.linked("Bram Tolliver and I rode out at dawn.\n“The ford is low,” said our ferryman.\n"
                    + "Bram Tolliver waded back for the mule.\nThe ferryman waited on the far bank.\n“Rain by dusk,” he told us.");
            assertEquals("The ferryman", l.name(1));
            l = Linking.linked("Bram Tolliver and I rode out at dawn.\n“The ford is low,” said my ferryman.\n"
                    + "Bram Tolliver waded back for the mule.\nThe ferryman waited on the far bank.\n“Rain by dusk,” he told us.");
            assertEquals("The ferryman", l.name(1));
        }

        @Test
        void aHeSpeakingAgainAfterAHeThatStoodForADescriptionIsThatDescriptionStill() {
            Linking l = Linking.linked("Ivo Brandt climbed to the hut.\n“Cold tonight?” asked the warden.\nIvo Brandt lit the stove.\n"
                    + "The warden had barred the door at dusk.\n“Snow comes after midnight,” he warned, buttoning his coat.\n"
                    + "“Keep the fire low,” he said, and went out.");
            assertEquals("The warden", l.name(1));
            assertEquals("The warden", l.name(2));
        }

        @Test
        void aHeSpeakingAgainIsNoDescriptionWhenSomeoneOfItsGenderIsDescribedBetween() {
            Linking l = Linking.linked("Ivo Brandt climbed to the hut.\n“Cold tonight?” asked the warden.\nIvo Brandt lit the stove.\n"
                    + "The warden had barred the door at dusk.\n“Snow comes after midnight,” he warned, buttoning his coat.\n"
                    + "A boy carried logs inside.\n“Keep the fire low,” he said, and went out.");
            assertEquals("The warden", l.name(1));
            assertNotEquals("The warden", l.name(2));
        }

        @Test
        void aHeAfterADescriptionTheTextNeverUsesForASpeakerIsTheNameBefore() {
            Linking l = Linking.linked("Tom Reed walked down to the river.\nTom Reed sat down on a stone.\n"
                    + "The guide stood on the bank.\n“The ford is dry by noon,” he told us.");
            assertEquals("Tom Reed", l.name(0));
        }

        @Test
        void aSheIsNotADescriptionThatTellsNoGender() {
            Linking l = Linking.linked("Ann Reed walked down to the river.\n“Is it far?” asked the guide.\nAnn Reed sat down on a stone.\n"
                    + "The guide stood on the bank.\n“The ford is dry by noon,” she told us.");
            assertEquals("Ann Reed", l.name(1));
        }

        @Test
        void aDescriptionTiedToANameComesBeforeAnEarlierNameOfTheSameGender() {
            Linking l = Linking.linked("Dr. Ada Lane came in. She saw Dr. Lane's bag. Mary Webb lay in bed, and she coughed. "
                    + "The doctor opened the bag. “Sick?” she asked.");
            assertEquals("Ada Lane", l.name(0));
        }

        @Test
        void aPronounOfTheOtherGenderPassesADescriptionTiedToAName() {
            Linking l = Linking.linked("Dr. Ada Lane came in. She saw Dr. Lane's bag. Tom Webb lay in bed, and he coughed. "
                    + "The doctor opened the bag. “Sick?” he asked.");
            assertEquals("Tom Webb", l.name(0));
        }

        @Test
        void aPronounNoNameStandsForIsTheDescriptionOfItsGenderJustBefore() {
            Linking l = Linking.linked("A tall man came up the path. The dog barked. “Evening,” he said.");
            assertEquals("A tall man", l.name(0));
        }

        /** Narration of some length with no one in it. */
        private static final String WEATHER = "The wind blew over the moor, and the snow fell on the hedges and the stone walls. ".repeat(10);

        @Test
        void aPronounNoOneIsNamedForSinceIsTheDescriptionOfItsGenderFurtherBack() {
            Linking l = Linking.linked("A man in a long brown cloak walked in from the ferry. " + WEATHER
                    + "Ann Lee looked out. “Cold,” he said.");
            assertEquals("A man", l.name(0));
        }

        @Test
        void aDescriptionInALikenessStandsForNoOne() {
            Linking l = Linking.linked("The lamp stood still, like a man on guard. " + WEATHER + "“Cold,” he said.");
            assertEquals("he", l.name(0));
        }

        @Test
        void aPronounKeepsItselfWhenTheDescriptionBeforeIsOfTheOtherGender() {
            Linking l = Linking.linked("A tall man came up the path. The dog barked. “Evening,” she said.");
            assertEquals("she", l.name(0));
        }

        @Test
        void aTitledSurnameTakesTheFullNameWrittenWithATitleOfItsGender() {
            Linking l = Linking.linked("Mr. Hugo Lamb came home. Delia Rose Lamb wrote novels. “Hi,” said Mr. Lamb.");
            assertEquals("Hugo Lamb", l.name(0));
        }

        @Test
        void aPronounTakesTheFullNameOfItsGenderInAFamily() {
            Linking l = Linking.linked("Mr. Hugo Lamb came home. Delia Rose Lamb wrote novels. Mr. Lamb sat down. “Hi,” he said.");
            assertEquals("Hugo Lamb", l.name(0));
        }

        @Test
        void aGivenNameIntroducedByTheFullNameIsReportedInFullOnceLinked() {
            Linking l = Linking.linked("Walt Pimm and his aunt Wren Pimm came in. Walt sat down. “Hi,” Walt said.");
            assertEquals("Walt Pimm", l.name(0));
        }

        @Test
        void aGivenNameIsNotReportedAsAFullNameWrittenOnceAfterOf() {
            Linking l = Linking.linked("Ada mended the boots of Walt Pimm. Walt sat down. “Hi,” Walt said.");
            assertEquals("Walt", l.name(0));
        }

        @Test
        void aGivenNameIsNotReportedAsAFullNameWrittenOnceAfterBy() {
            Linking l = Linking.linked("Ada sang a tune by Walt Pimm. Walt sat down. “Hi,” Walt said.");
            assertEquals("Walt", l.name(0));
        }

        @Test
        void aGivenNameIsReportedAsAFullNameWrittenTwiceAfterOf() {
            Linking l = Linking.linked("Ada mended the boots of Walt Pimm and the cap of Walt Pimm. Walt sat down. “Hi,” Walt said.");
            assertEquals("Walt Pimm", l.name(0));
        }

        @Test
        void aGivenNameWrittenAloneBeforeItsFullNameIsReportedAsItIs() {
            Linking l = Linking.linked("Walt came in. Later Walt Pimm and Wren Pimm sat down. “Hi,” Walt said.");
            assertEquals("Walt", l.name(0));
        }

        @Test
        void aGivenNameOpeningTwoFullNamesIsReportedAsItIs() {
            Linking l = Linking.linked("Walt Pimm came in. Walt Orr came too. Walt sat down. “Hi,” Walt said.");
            assertEquals("Walt", l.name(0));
        }

        @Test
        void aGivenNameOpeningTwoFullNamesEquallyOftenStaysAsItIs() {
            assertEquals("Walt", resolve("Walt Pimm met Walt Orr. We saw Walt Pimm, Walt Orr and Walt sit down. “Hi,” Walt said.", "Walt", Mentions.NAME));
        }

        @Test
        void aNameMostlyWrittenAfterATitleStaysAsItIs() {
            String text = "Lord Walt Pimm came in. We saw Lord Walt Pimm and Lord Walt sit down. “Hi,” said Lord Walt.";
            assertEquals("Walt", resolve(text, "Lord Walt", Mentions.NAME));
        }

        @Test
        void aGivenNameIsNoSurname() {
            assertEquals("Walt", resolve("They saw Walt Mary there. We saw Walt Mary and Walt sit down. “Hi,” Walt said.", "Walt", Mentions.NAME));
        }

        @Test
        void theLongestFormWins() {
            assertEquals("Mary Ann Roe",
                    resolve("Ann Roe came. Mary Ann Roe stayed. “Hi,” Roe said.", "Roe", Mentions.NAME));
        }

        @Test
        void aFamiliarFormTheNarrationWritesAfterIntroducingTheFullNameIsThatFullName() {
            Linking l = Linking.linked("Henry Voss stepped off the coach at noon. Harry carried his own bag to the door.\n\n"
                    + "“Is anyone home?” Harry called.");
            assertEquals("Henry Voss", l.name(0));
        }

        @Test
        void aFamiliarFormTheNarrationWritesBeforeTheFullNameStaysAsItIs() {
            Linking l = Linking.linked("Harry carried his own bag to the door. Henry Voss stepped off the coach at noon.\n\n"
                    + "“Is anyone home?” Harry called.");
            assertEquals("Harry", l.name(0));
        }

        @Test
        void aGivenNameStandsForTheFullNameItOpensFourTimesAsOftenAsAllOthers() {
            Linking l = Linking.linked("Ivo Harrop rode in at dusk with his sister Effie Harrop. Ivo Harrop unsaddled the mare,"
                    + " and Ivo Harrop fed her. Then Ivo Harrop read the letter his cousin Ivo Marsh had sent.\n\n"
                    + "“A fine night for it,” said Ivo.");
            assertEquals("Ivo Harrop", l.name(0));
        }

        @Test
        void aGivenNameOpeningTwoFullNamesWrittenAlikeStaysAsItIs() {
            Linking l = Linking.linked("Ivo Harrop rode in at dusk with his sister Effie Harrop. Ivo Harrop unsaddled the mare."
                    + " Then he read the letter his cousin Ivo Marsh had sent.\n\n“A fine night for it,” said Ivo.");
            assertEquals("Ivo", l.name(0));
        }

        @Test
        void aGivenNameGluedAfterAnothersIsNoFullNameOfItsBearer() {
            Linking l = Linking.linked("Hugh Hale patched the roof, and Hugh Hale fed the geese. Before the storm Effie Hugh"
                    + " and the hound hurried indoors. Soon Effie Hugh and the hound were dry again.\n\n“Bolt the shutters,” said Hugh.");
            assertEquals("Hugh Hale", l.name(0));
        }

        @Test
        void aGivenNameBeforeASurnameThatOpensAPlaceNameIsStillAFullName() {
            Linking l = Linking.linked("Effie Hale opened the shop, and Effie Hale swept the step. Hale Court was quiet,"
                    + " and all of Hale Court dozed till nine.\n\n“Wipe your boots first,” said Hale.");
            assertEquals("Effie Hale", l.name(0));
        }

        @Test
        void aFullNameIsSpelledOutAsWrittenInTheFewestCapitals() {
            Linking l = Linking.linked("TAMSIN Rudd walked home along the towpath.\n\nTamsin Rudd stopped at the gate.\n\n"
                    + "“Is anyone home?” asked Tamsin.");
            assertEquals("Tamsin Rudd", l.name(0));
        }

        @Test
        void aSecondNameGivenWithOrAfterTheSameTitleIsReportedByTheFirst() {
            Linking l = Linking.linked("The inn belonged to Mrs. Quell, or Mrs. Dotty, as the carters named her.\n\n"
                    + "“Boots off at the door,” said Mrs. Dotty.");
            assertEquals("Quell", l.name(0));
        }

        @Test
        void twoNamesJoinedByOrAfterDifferentTitlesStayTwoPeople() {
            Linking l = Linking.linked("The inn belonged to Mrs. Quell, or Mr. Dotty, whoever was awake.\n\n"
                    + "“Boots off at the door,” said Mr. Dotty.");
            assertEquals("Dotty", l.name(0));
        }

        @Test
        void anEpithetTheTextAlsoWritesInLowerCaseIsNoPartOfTheName() {
            Linking l = Linking.linked("Everyone in the lane was fond of little Bram.\n\n"
                    + "The geese got out, and Little Bram ran after them.\n\n“They went over the hill,” said Bram.");
            assertEquals("Bram", l.quote(0).speakerName);
        }

        @Test
        void anEpithetBeforeAGivenNameGivesWayToTheFullNameItOpens() {
            Linking l = Linking.linked("Corvin Dacey kept bees behind the chapel. Corvin Dacey sold the honey.\n\n"
                    + "The swarm rose, and Old Corvin stood still. The bees settled, and Old Corvin smiled.\n\n"
                    + "“Nobody move,” said Corvin.");
            assertEquals("Corvin Dacey", l.quote(0).speakerName);
        }

        @Test
        void anEpithetBeforeASurnameWrittenAfterATitleStays() {
            Linking l = Linking.linked("Mr. Hobb kept the forge. His girl, whom the carters called Little Hobb, sang at the bellows.\n\n"
                    + "“Sparks again,” said Little Hobb.");
            assertEquals("Little Hobb", l.quote(0).speakerName);
        }

        @Test
        void aPronounWithAVerbRunIntoItOpensNoName() {
            Linking l = Linking.linked("Tibbs scratched at the gate for a while.\n\n“Let me in, the wind bites. I'm Tibbs,” said Tibbs.");
            assertEquals("Tibbs", l.quote(0).speakerName);
        }

        @Test
        void aWordRunIntoAGivenNameGivesWayToTheFullNameItOpens() {
            Linking l = Linking.linked("Winifred Ruddle kept the inn. Winifred Ruddle brewed the ale, and her son Abel Ruddle carried the trays.\n\n"
                    + "At the Lantern Fair Winifred sold pies.\n\n“Pies are two a shilling,” said Winifred.");
            assertEquals("Winifred Ruddle", l.quote(0).speakerName);
        }

        @Test
        void aHeadingInCapitalsIsNoFullNameWhenTheTextWritesTheNameInLowerCase() {
            Linking l = Linking.linked("IV\n\nSTOUT BRAVE ODWIN\n\nOdwin crossed the ford at dusk. Odwin waved to the boatman.\n\n"
                    + "“The water is low,” said Odwin.");
            assertEquals("Odwin", l.quote(0).speakerName);
        }

        @Test
        void aFamiliarFormOfTheGivenNameWrittenOnceInFullIsTheSamePersonNoNamesake() {
            Linking l = Linking.linked("Matilda Tressel kept the inn. Matilda Tressel brewed the ale, and Abel Tressel carried the trays."
                    + " The carters called her Tilly Tressel.\n\n"
                    + "At the Lantern Fair Matilda sold pies.\n\n“Pies are two a shilling,” said Matilda.");
            assertEquals("Matilda Tressel", l.quote(0).speakerName);
        }

        @Test
        void aRunOfCapitalizedWordsBeforeANameOutsideTheLexiconThatOpensAFullNameIsNoPartOfIt() {
            Linking l = Linking.linked("Fergal Oswy mended the nets. Fergal Oswy rowed out at dawn, and Abel Oswy bailed.\n\n"
                    + "On the day of the Spring Moot Fergal kept to his bed.\n\n“The tide is wrong,” said Fergal.");
            assertEquals("Fergal", l.quote(0).speakerName);
        }

        @Test
        void aNameAfterAPluralTitleIsNoOnePersonsFullName() {
            Linking l = Linking.linked("Mr. Tibbald came in out of the rain, and Mrs. Tibbald barred the shutters."
                    + " The Misses Tibbald were still out.\n\n“Bring the lamp,” said Mr. Tibbald.");
            assertEquals("Tibbald", l.name(0));
        }
    }

    @Nested
    class Pronouns {

        @Test
        void aHeIsNoStreetNamedBeforeIt() {
            Linking l = Linking.linked("Tibbald sat alone. Far below lay Brightwater Avenue; he watched the lamps of"
                    + " Brightwater Avenue come on, and he sighed.\n\n“Another night,” he said.");
            assertEquals("he", l.mention(0));
            assertNotEquals("Brightwater Avenue", l.name(0));
        }

        @Test
        void aSheIsNoFoundationNamedBeforeIt() {
            Linking l = Linking.linked("Nessa sat alone. Far below stood the Dunmere Foundation; she watched the lamps of"
                    + " the Dunmere Foundation go out, and she sighed.\n\n“Another night,” she said.");
            assertEquals("she", l.mention(0));
            assertNotEquals("Dunmere Foundation", l.name(0));
            assertNotEquals("the Dunmere Foundation", l.name(0));
        }

        @Test
        void anItInReportageIsTheBodyThatItsSentenceOpensWith() {
            Linking l = Linking.linked("The ferry guild met on Friday and condemned what it describes as “a reckless toll.”"
                    + "\n\nThe vote on the toll is due in May.");
            assertEquals("it", l.mention(0));
            assertEquals("The ferry guild", l.name(0));
        }

        @Test
        void aTheyInReportageIsTheGroupThatItsSentenceOpensWith() {
            Linking l = Linking.linked("The harbour trust wants its fees kept apart from what they describe as a “toll on work.”"
                    + "\n\nThe vote on the fees is due in May.");
            assertEquals("they", l.mention(0));
            assertEquals("The harbour trust", l.name(0));
        }

        @Test
        void aPronounNeverStandsForSomeoneNamedOnlyAfterIt() {
            // The first turns of the dialogue go by turn-taking to the toll keeper, who is named
            // only further on: the he who lifts the trunk cannot be him.
            Linking l = Linking.linked("Tessaly Odrell had not met her old friend in six years. When Corvin stepped off the"
                    + " ferry she hardly knew him.\n\n\"You look thinner,\" she said.\n\n\"And you look older.\"\n\n"
                    + "\"Is that kind?\"\n\n\"It is true.\" He lifted his trunk. \"Is the old mill still standing?\"\n\n"
                    + "\"It is, and the miller asks for you, Corvin.\"\n\nMr. Haskett, the toll keeper, stood by the gate."
                    + " He nodded to Tessaly and studied Corvin.\n\n\"Your pass,\" said the toll keeper.\n\n"
                    + "Corvin gave it to him. \"All in order, I hope.\"\n\n\"We shall see,\" Haskett answered.");
            assertEquals("He", l.mention(3));
            assertNotEquals("Haskett", l.name(3));
        }

        @Test
        void aNameTheObjectOfTheOtherGenderStandsForIsNotTheSheOfItsSentence() {
            Linking l = Linking.linked("Orlanda Fenwright had waited at the orchard gate since noon for her nephew."
                    + " When Brannoc rode up the lane she barely recognised him.\n\n“You have sold the grey mare,” she said."
                    + "\n\nBrannoc tied the horse to the gate post. “She was lame.”");
            assertEquals("she", l.mention(0));
            assertEquals("Orlanda Fenwright", l.name(0));
        }

        @Test
        void aNameTheObjectOfTheOtherGenderStandsForIsNotTheHeOfItsSentence() {
            Linking l = Linking.linked("Brannoc Quillet had rowed out to the pier every morning that week for his niece."
                    + " As Tessaly climbed the ladder he hardly knew her.\n\n“You have cut off your braids,” he said."
                    + "\n\nTessaly sat down in the stern. “They were too long.”");
            assertEquals("he", l.mention(0));
            assertEquals("Brannoc Quillet", l.name(0));
        }

        @Test
        void aLoneSurnameOpeningItsSentenceBeforeAReportingVerbIsSomeone() {
            Linking l = Linking.linked("Haskett told the ferry guild on Friday that the pier would close."
                    + " “It cannot be helped,” she said.");
            assertEquals("she", l.mention(0));
            assertEquals("Haskett", l.name(0));
        }

        @Test
        void aPluralOpeningItsSentenceBeforeAReportingVerbIsNoOne() {
            Linking l = Linking.linked("Pilots told the ferry guild on Friday that the pier would close."
                    + " “It cannot be helped,” she said.");
            assertEquals("she", l.name(0));
        }

        @Test
        void aSheFollowedByAHimTellsNoGenderOfTheNameBefore() {
            Linking l = Linking.linked("Idrena Odrell waited on the pier. When Corvin stepped off the ferry she hardly knew him."
                    + " “You look thinner,” he said.\n\n“So do you,” Corvin said to the toll keeper.");
            assertEquals("he", l.mention(0));
            assertEquals("Corvin", l.name(0));
        }

        @Test
        void aPronounBecomesThePersonBeforeIt() {
            assertEquals("Ann Lee", resolve("Ann Lee spoke first. “Thank you,” she said.", "she", Mentions.PRONOUN));
        }

        @Test
        void aTitleTellsTheGender() {
            String text = "Mrs. Jane Roe thanked Mr. Bob Smith. “We will win,” she said.";
            assertEquals("Jane Roe", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void aTitleTellsTheOtherGenderToo() {
            String text = "Mr. Bob Smith thanked Mrs. Jane Roe. “We will win,” he said.";
            assertEquals("Bob Smith", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aGivenNameTellsTheGender() {
            String text = "Mary Jones and Peter Smith met. “Hi,” he said.";
            assertEquals("Peter Smith", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aLoneGivenNameTellsTheGender() {
            String text = "Tom Day spoke to Kate at noon. “Hi,” she said.";
            assertEquals("Kate", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void aNameOpeningASentenceCountsWhenTheTextUsesItElsewhere() {
            String text = "John Brown talked to Peter Smith.\n\nSmith waited. “Hi,” he said.";
            assertEquals("Peter Smith", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aWordOpeningASentenceIsNoNameWhenTheTextNeverUsesItSo() {
            String text = "John Brown talked to Peter Smith.\n\nOutside, rain fell. “Hi,” he said.";
            assertEquals("John Brown", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aTitledNameOpeningASentenceBeforeACommaIsItsSubject() {
            String text = "John Brown sold his cart.\n\nMr. Peter Smith, tired from the road, sat down."
                    + " “Hi,” he said.";
            assertEquals("Peter Smith", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aRecentSpeakerOfTheRightGenderBeatsSomeoneNamedNearbyOfUnknownGender() {
            Linking l = Linking.linked("“Go,” Kerr said.\n\n“Hello,” said Mr. Roe.\n\nThe day was grey."
                    + "\n\nHe read the note about Kerr. “Hi,” he said.");
            assertEquals("Roe", l.quote(2).speakerName);
        }

        @Test
        void someoneNamedFurtherBackWhoseGenderFitsBeatsAnEarlierRecentSpeaker() {
            Linking l = Linking.linked("“Go,” said Mr. Roe.\n\nThen Mr. Kerr came in with the post.\n\n"
                    + "“It rained,” said Mrs. Lane.\n\nThe sky darkened.\n\n“Hi,” he said.");
            assertEquals("Kerr", l.quote(2).speakerName);
        }

        @Test
        void aPronounTaggingATurnIsTheOneWhoSpokeTwoTurnsBack() {
            Linking l = Linking.linked("“Is the gate shut?” asked Mr. Orvick.\n\n“It is,” said Mr. Dunmere.\n\n"
                    + "“Then we wait,” he said.");
            assertEquals("Orvick", l.quote(2).speakerName);
        }

        @Test
        void aPronounTaggingATurnIsTheOneWhoSpokeTwoTurnsBackWhenNoNameTellsAGender() {
            Linking l = Linking.linked("“Is the gate shut?” asked Orvick.\n\n“It is,” said Dunmere.\n\n"
                    + "“Then we wait,” he said.");
            assertEquals("Orvick", l.quote(2).speakerName);
        }

        @Test
        void aPronounTaggingATurnIsTheOneOfNoKnownGenderWhoSpokeTwoTurnsBackWhenTheOneBetweenIsOfItsGender() {
            Linking l = Linking.linked("“Is the gate shut?” asked Orvick.\n\n“It is,” said Mr. Dunmere.\n\n"
                    + "“Then we wait,” he said.");
            assertEquals("Orvick", l.quote(2).speakerName);
        }

        @Test
        void aPronounTaggingATurnIsTheOneOfItsGenderWhoSpokeAFewTurnsBack() {
            Linking l = Linking.linked("Mr. Orvick came to the gate with the letter from Mr. Brannock.\n\n"
                    + "“Is the gate shut?” he asked.\n\n“It is,” said Mrs. Tessaly.\n\n“Are you sure?”\n\n"
                    + "“Quite sure,” she said.\n\n“Then we wait,” he said.");
            assertEquals("Orvick", l.quote(4).speakerName);
        }

        @Test
        void aPronounTaggingATurnAfterAParagraphOfNarrationIsNotTheOneWhoSpokeTwoTurnsBack() {
            Linking l = Linking.linked("“Is the gate shut?” asked Mr. Orvick.\n\n“It is,” said Mr. Dunmere, and he looked"
                    + " out over the fields for a long while, as the light went from the hills.\n\n“Then we wait,” he said.");
            assertEquals("Dunmere", l.quote(2).speakerName);
        }

        @Test
        void aPronounTaggingATurnIsNotTheOneWhoSpokeTwoTurnsBackWhenTheNarrationNamesSomeoneElse() {
            Linking l = Linking.linked("“Is the gate shut?” asked Mr. Orvick.\n\n“It is,” said Mr. Dunmere,"
                    + " and Mr. Brannock came in.\n\n“Then we wait,” he said.");
            assertNotEquals("Orvick", l.quote(2).speakerName);
        }

        @Test
        void aPronounTaggingATurnIsNotTheOneItAddressesByName() {
            Linking l = Linking.linked("“Is the gate shut?” asked Mr. Orvick.\n\n“It is,” said Mr. Dunmere.\n\n"
                    + "“Then we wait, Orvick,” he said.");
            assertNotEquals("Orvick", l.quote(2).speakerName);
        }

        @Test
        void aPronounTaggingATurnIsTheOneOfItsGenderWhoSpokeSinceSomeoneWasNamedFurtherBack() {
            Linking l = Linking.found("Mr. Orvick walked on, and the letter from Mr. Brannock came to mind."
                    + " “The mill is shut,” he said.\n\nThe lane was empty.\n\n“So it is,” he said.\n\n“Not for long.”\n\n“We shall see.”");
            l.setSpeaker(0, "Mr. Orvick", Mentions.NAME);
            l.setSpeaker(1, "he", Mentions.PRONOUN);
            new NameResolver(l.document()).resolve();
            assertEquals("Orvick", l.quote(1).speakerName);
        }

        @Test
        void aPronounOpeningNarrationIsNotTheOneWhoSpokeSinceSomeoneWasNamedFurtherBack() {
            Linking l = Linking.found("Mr. Orvick walked on, and the letter from Mr. Brannock came to mind."
                    + " “The mill is shut,” he said.\n\nThe lane was empty.\n\nHe said, “So it is.”\n\n“Not for long.”\n\n“We shall see.”");
            l.setSpeaker(0, "Mr. Orvick", Mentions.NAME);
            l.setSpeaker(1, "He", Mentions.PRONOUN);
            new NameResolver(l.document()).resolve();
            assertEquals("Brannock", l.quote(1).speakerName);
        }

        @Test
        void aPronounOpeningASentenceBeforeAnAuxiliaryIsStillTheOneInViewNotTheNameInsideIt() {
            Linking l = Linking.linked("“It is late,” said Mrs. Tessaly.\n\n“So it is,” said Mr. Orvick.\n\nThey walked on."
                    + " He had waited all morning for the letter from Mr. Brannock.\n\n“Is the gate shut?” he asked.\n\n"
                    + "“It is,” she said.");
            assertEquals("Orvick", l.quote(2).speakerName);
        }

        @Test
        void theOneAQuotationAddressesByNameIsNotItsSpeaker() {
            String text = "John Brown came in. Peter Smith sat down.\n\n“Sit, Smith,” he said.";
            assertEquals("John Brown", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void anObjectPronounAfterANameTellsNothingOfItsGender() {
            String text = "Mrs. Lane came in. Kerr looked at her. Kerr smiled at her. “Hi,” she said.";
            assertEquals("Lane", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void someoneNamedInThePronounsParagraphComesFirst() {
            String text = "Jane Roe said it would rain.\n\nThe sky darkened.\n\nAnn Lee nodded. “Hi,” she said.";
            assertEquals("Ann Lee", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void furtherBackSomeoneReportedSpeakingIsPreferredToSomeoneNearerOfUnknownGender() {
            String text = "Jane Roe said it would rain.\n\nThen Lee nodded.\n\nThe sky darkened.\n\n“Hi,” she said.";
            assertEquals("Jane Roe", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void someoneNearerKnownToFitThePronounIsPreferredToSomeoneReportedSpeakingFurtherBack() {
            String text = "Jane Roe said it would rain.\n\nAnn Lee nodded.\n\nThe sky darkened.\n\n“Hi,” she said.";
            assertEquals("Ann Lee", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void aNameInsideASentenceOpenedByThePronounsGenderGivesWayToWhomThatPronounStandsFor() {
            String text = "Mr. Reed sat by the window.\n\nIt was late, and the fire was low.\n\n"
                    + "He looked round the room, and saw that Mr. Pellow was asleep in his chair. “Is it late?” he asked.";
            assertEquals("Reed", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aListedGivenNameMakesAPersonThatAPronounFarOnStandsFor() {
            String text = "Rhoda Vance kept the inn by the ford.\n\n"
                    + "The rain fell on the roofs and ran down the lanes to the river. ".repeat(12)
                    + "\n\n“More tea?” she asked.";
            assertEquals("Rhoda Vance", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void aNameOpeningTheSentenceBeforeAnAuxiliaryIsItsSubjectBeforeTheLastSpeaker() {
            Linking l = Linking.linked("“Where is the key?” asked Tom Reed.\n\n“Under the mat,” said Bo Yarrow.\n\n"
                    + "Bo Yarrow had crossed to the door by then. “It is late,” he said.");
            assertEquals("Bo Yarrow", l.name(2));
        }

        @Test
        void aNameThatAPronounsVerbActsOnGivesWayToWhomThatPronounStandsFor() {
            String text = "Mr. Reed waited by the stove.\n\nIt was late, and the lamp burned low.\n\n"
                    + "By then he had found Mr. Dunmore asleep under the pear tree. “Is it late?” he asked.";
            assertEquals("Reed", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameThatAPronounOfTheOtherGenderActsOnStaysTheOneInView() {
            String text = "Mr. Reed waited by the stove.\n\nIt was late, and the lamp burned low.\n\n"
                    + "By then she had found Mr. Dunmore under the pear tree. “Is it late?” he asked.";
            assertEquals("Dunmore", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aPronounOpeningTheNextParagraphIsTheSubjectBeforeNotTheManItsVerbActsOn() {
            String text = "Mr. Hollin had long disliked Mr. Quarmby and his loud new carriage.\n\n"
                    + "He shut the ledger as the clock struck nine, and sighed.\n\n“Yes?” he said.";
            assertEquals("Hollin", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aPronounAfterAnOpeningAndIsTheSubjectBeforeNotTheWomanAfterAPreposition() {
            String text = "Miss Brackwell sat for an hour beside Mrs. Fenwright in the cold parlour.\n\n"
                    + "And she folded the letter twice before the lamp was lit.\n\n“Not yet,” she said.";
            assertEquals("Brackwell", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void anOwnerOpeningASentenceOfAStoryIsTheOneInView() {
            String text = "“Is it raining?” asked Mrs. Okafor.\n\n“It is,” said Mr. Tindall.\n\n“Then we wait,” said Mrs. Okafor.\n\n"
                    + "Miss Vardy's hat and coat were wet through. She had walked a long way. “I am soaked,” she said.";
            assertEquals("Vardy", Linking.linked(text).name(3));
        }

        @Test
        void anOwnerInsideASentenceIsNoOneInView() {
            String text = "“Is it raining?” asked Mrs. Okafor.\n\n“It is,” said Mr. Tindall.\n\n“Then we wait,” said Mrs. Okafor.\n\n"
                    + "She thought of Miss Vardy's hat and coat. She had walked a long way. “I am soaked,” she said.";
            assertEquals("Okafor", Linking.linked(text).name(3));
        }

        @Test
        void aNameAfterOfIsNoSubjectOfTheVerbAfterIt() {
            String text = "Mr. Tovey came into the room and sat down. The presence of Mr. Amos troubled him. "
                    + "He wanted to be alone.\n\n“I am going out,” he said.";
            assertEquals("Tovey", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameAfterOfInTheParagraphBeforeIsNoSubjectEither() {
            String text = "Miss Tallis sat at the window over her book. The voice of Mrs. Greaves rose in the hall.\n\n"
                    + "“Is she back already?” she asked.";
            assertEquals("Tallis", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void aNameThatActsIsStillTheSubject() {
            String text = "Mr. Tovey came into the room and sat down. Mr. Amos troubled him with questions.\n\n"
                    + "“I am going out,” he said.";
            assertEquals("Amos", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aSentenceBetweenWithAnotherSubjectLeavesTheManNamedLast() {
            String text = "Mr. Hollin had long disliked Mr. Quarmby and his loud new carriage.\n\n"
                    + "A porter came out of the lodge. He shut the ledger as the clock struck nine.\n\n“Yes?” he said.";
            assertEquals("Quarmby", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameOpeningAClauseOfItsOwnIsNoObjectToPassOver() {
            String text = "Mr. Hollin waited by the gate, and Mr. Quarmby, out of breath, hurried up the lane.\n\n"
                    + "He shut the ledger as the clock struck nine, and sighed.\n\n“Yes?” he said.";
            assertEquals("Quarmby", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aPronounOpeningAClauseThatSetsTheSceneIsTheOneInViewToo() {
            String text = "Mr. Reed sat by the window.\n\nIt was late, and the fire was low.\n\n"
                    + "When he looked round the room he saw that Mr. Pellow was asleep. “Is it late?” he asked.";
            assertEquals("Reed", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameThatIsTheSubjectAfterAClauseThatSetsTheSceneIsTheOneInView() {
            String text = "Mr. Reed sat by the window.\n\nIt was late, and the fire was low.\n\n"
                    + "When he looked round the room, Mr. Pellow woke in his chair. “Is it late?” he asked.";
            assertEquals("Pellow", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameOpeningItsOwnSentenceAfterThePronounsIsStillTheOneInView() {
            String text = "Mr. Reed sat by the window.\n\nIt was late, and the fire was low.\n\n"
                    + "He looked round the room. Mr. Pellow woke in his chair. “Is it late?” he asked.";
            assertEquals("Pellow", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aPronounAnsweringATurnThatAddressesSomeoneByNameIsTheirs() {
            Linking l = Linking.linked("Mr. Hale and Tom Reed came into the room. “Sit down, Hale,” said Tom Reed.\n\n"
                    + "“I would rather stand,” he said.");
            assertEquals("Hale", l.name(1));
        }

        @Test
        void aPronounAnsweringAnInterruptedTurnWhoseFirstPartAddressesSomeoneOfNoKnownGenderIsTheirs() {
            Linking l = Linking.linked("“Wenna, listen,” I began, “the rain will stop soon.\n"
                    + "We can walk after lunch.”\n“You say so every day,” she said.\n“And I am right,” said Wenna.");
            assertEquals("Wenna", l.name(2));
        }

        @Test
        void aPronounAfterASentenceOpenedByTheNarratorsKinIsThatKin() {
            Linking l = Linking.linked("Tom Hale built the mill by the river, and he ran it for forty years.\n\n"
                    + "My father set down Hale’s letter and frowned.\n\n“A fine man,” he said.");
            assertEquals("My father", l.name(0));
        }

        @Test
        void aPronounAfterASentenceTheNarratorsKinOpensBeforeAnAuxiliaryIsThatKin() {
            Linking l = Linking.linked("Bram Quiller kept the ferry at the ford for thirty years.\n\n"
                    + "My uncle had read Quiller’s note twice.\n\n“A careful sort, that one,” he said.");
            assertEquals("My uncle", l.name(0));
        }

        @Test
        void aPronounAfterItsParagraphOpenedByADescriptionIsThatPersonNotANameOfNoKnownGender() {
            Linking l = Linking.linked("Wessel Ambry and Pellory Dunmarrow counted the tolls on the pier.\n\n"
                    + "“The barge is late again,” Pellory said.\n\n"
                    + "The old man coughed and set down his lamp. “The fog holds it,” he said.");
            assertEquals("The old man", l.name(1));
        }

        @Test
        void aPronounAfterALineOpenedByADescriptionIsThatPersonInATextSetOneSentenceToALine() {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < Document.MIN_SENTENCE_LINES; i++) {
                text.append("The tide crept a little higher up the piles .\n");
            }
            text.append("Wessel Ambry and Pellory Dunmarrow counted the tolls on the pier .\n");
            text.append("“ The barge is late again , ” Pellory said .\n");
            text.append("The old man coughed and set down his lamp .\n“ The fog holds it , ” he said .\n");
            Linking l = Linking.linked(text.toString());
            assertEquals("The old man", l.name(1));
        }

        @Test
        void aPronounAfterADescriptionOfTheOtherGenderIsNotThatPerson() {
            Linking l = Linking.linked("Wessel Ambry and Pellory Dunmarrow counted the tolls on the pier.\n\n"
                    + "“The barge is late again,” Pellory said.\n\n"
                    + "The old woman coughed and set down her lamp. “The fog holds it,” he said.");
            assertNotEquals("The old woman", l.name(1));
        }

        @Test
        void aPronounAfterADescriptionStaysWithANameKnownToFitIt() {
            Linking l = Linking.linked("Mr. Wessel Ambry and Mrs. Pellory Dunmarrow counted the tolls on the pier.\n\n"
                    + "“The barge is late again,” Wessel said.\n\n"
                    + "The girl coughed and set down her lamp. “The fog holds it,” she said.");
            assertEquals("Pellory Dunmarrow", l.name(1));
        }

        @Test
        void aPronounWhoseQuotationGivesItsOwnNameIsThatName() {
            Linking l = Linking.linked("Wessel Ambry waited at the toll gate.\n\n"
                    + "A traveller with a wet hat stepped off the ferry and stood still. “My name is Corlan Fennick,” he said.");
            assertEquals("Corlan Fennick", l.name(0));
        }

        @Test
        void aDescriptionWhoseQuotationSaysIAmANameTheNarrationUsesIsThatName() {
            Linking l = Linking.linked("Tavish Orrin had kept the orchard for years, though few had seen him.\n\n"
                    + "Wessel Ambry counted coins at the toll gate.\n\n"
                    + "“I’m Orrin,” said the stranger, “and these trees are mine.”");
            assertEquals("Tavish Orrin", l.name(0));
        }

        @Test
        void aWordOfNationAfterIAmIsNoName() {
            Linking l = Linking.linked("Wessel Ambry waited at the toll gate.\n\n"
                    + "A traveller with a wet hat stepped off the ferry and stood still. “I am French,” he said.");
            assertNotEquals("French", l.name(0));
        }

        @Test
        void aNameOwningSomethingAfterMyNameIsIsNotTheSpeakers() {
            Linking l = Linking.linked("Wessel Ambry waited at the toll gate.\n\n"
                    + "A traveller with a wet hat stepped off the ferry and stood still. “My name is Corlan's business,” he said.");
            assertNotEquals("Corlan", l.name(0));
        }

        @Test
        void thePieceAfterTheSameTagTakesTheToldNameToo() {
            Linking l = Linking.linked("Wessel Ambry waited at the toll gate.\n\n"
                    + "A traveller with a wet hat stepped off the ferry. “My name is Corlan Fennick,” he said. “I have come for the orchard.”");
            assertEquals("Corlan Fennick", l.name(0));
            assertEquals("Corlan Fennick", l.name(1));
        }

        @Test
        void aNameWithAPossessiveEndingWrittenApartStillOnlyOwnsAThing() {
            Linking l = Linking.linked("Tom Hale built the mill by the river, and he ran it for forty years.\n\n"
                    + "My father set down Hale 's letter and frowned.\n\n“A fine man,” he said.");
            assertEquals("My father", l.name(0));
        }

        @Test
        void aPronounAfterASentenceOpenedByKinOfTheOtherGenderIsNotThatKin() {
            Linking l = Linking.linked("Tom Hale built the mill by the river, and he ran it for forty years.\n\n"
                    + "My mother set down the letter and frowned.\n\n“A fine mill,” he said.");
            assertEquals("Tom Hale", l.name(0));
        }

        @Test
        void aPronounAfterASentenceOpenedBySomeoneElsesKinMayBeTheirs() {
            Linking l = Linking.linked("Tom Hale built the mill by the river, and he ran it for forty years.\n\n"
                    + "His brother set down the letter and frowned.\n\n“A fine mill,” he said.");
            assertEquals("Tom Hale", l.name(0));
        }

        @Test
        void aPronounAfterASentenceThatNamesSomeoneIsNotTheKinOpeningIt() {
            Linking l = Linking.linked("Tom Hale built the mill by the river, and he ran it for forty years.\n\n"
                    + "My father sat by Hale at supper.\n\n“A fine mill,” he said.");
            assertEquals("Tom Hale", l.name(0));
        }

        @Test
        void aPronounThatGoesOnSpeakingAfterTheNarratorsKinIsThatKin() {
            Linking l = Linking.linked("Tom Hale came to supper and sat by the fire.\n\n"
                    + "“Sit down,” said my uncle.\n\n“The soup is hot,” he added.");
            assertEquals("my uncle", l.name(1));
        }

        @Test
        void aPronounThatGoesOnSpeakingIsNotKinOfTheOtherGenderOrSomeoneElsesKin() {
            Linking l = Linking.linked("Tom Hale came to supper and sat by the fire.\n\n"
                    + "“Sit down,” said my aunt.\n\n“The soup is hot,” he added.");
            assertEquals("Tom Hale", l.name(1));
            l = Linking.linked("Tom Hale came to supper and sat by the fire.\n\n"
                    + "“Sit down,” said his uncle.\n\n“The soup is hot,” he added.");
            assertEquals("Tom Hale", l.name(1));
        }

        @Test
        void aPronounThatSimplySaysAfterTheNarratorsKinIsNotTakenForThem() {
            Linking l = Linking.linked("Tom Hale came to supper and sat by the fire.\n\n"
                    + "“Sit down,” said my uncle.\n\n“The soup is hot,” he said.");
            assertEquals("Tom Hale", l.name(1));
        }

        @Test
        void aPronounRightAfterTheTagOfADescriptionInOneParagraphIsTheOneDescribed() {
            Linking l = Linking.linked("Corvin Brannock waited on the pier with the toll money.\n\n"
                    + "“The last ferry has gone,” said the ferryman. “Come back at dawn,” he added.");
            assertEquals("the ferryman", l.name(1));
        }

        @Test
        void aPronounRightAfterTheTagOfANameInOneParagraphIsNotTheOneItAddressed() {
            Linking l = Linking.linked("Isolde Brannock stood by the toll gate with her basket.\n\n"
                    + "“Pay the toll, Isolde,” said Wenna Marro. “The gate shuts at six,” she said.");
            assertEquals("Wenna Marro", l.name(1));
        }

        @Test
        void aPronounAfterNarrationThatNamesSomeoneElseIsNotTheOneWhoSpokeBefore() {
            Linking l = Linking.linked("Corvin Brannock waited on the pier with the toll money.\n\n"
                    + "“The last ferry has gone,” said the ferryman. Corvin Brannock sighed. “Then I wait,” he said.");
            assertEquals("Corvin Brannock", l.name(1));
        }

        @Test
        void aPronounOfTheOtherGenderAfterTheTagOfADescriptionIsSomeoneElse() {
            Linking l = Linking.linked("Corvin Brannock waited on the pier with the toll money.\n\n"
                    + "“The last ferry has gone,” said the sister. “Then I wait,” he said.");
            assertEquals("Corvin Brannock", l.name(1));
        }

        @Test
        void aPronounAfterASentenceOpenedByANameOwningItsSubjectIsThatName() {
            Linking l = Linking.linked("Corvin Brannock paid the toll, and he stood by the gate beside Isolde Marro.\n\n"
                    + "“The fee went up at noon,” said Tam Keswin.\n\n"
                    + "Corvin Brannock's face went red.\n\n“Then I will walk,” he said.");
            assertEquals("Corvin Brannock", l.name(1));
        }

        @Test
        void aPronounOpeningTheSentencesAfterANameOwningASubjectGoesBackToThatName() {
            Linking l = Linking.linked("Corvin Brannock paid the toll, and he stood by the gate beside Isolde Marro.\n\n"
                    + "“The fee went up at noon,” said Tam Keswin.\n\n"
                    + "Corvin Brannock's face went red. He had paid Tam Keswin twice that week; he had no coins left.\n\n"
                    + "“Then I will walk,” he said.");
            assertEquals("Corvin Brannock", l.name(1));
        }

        @Test
        void aPronounAfterASentenceOpenedByANameOwningSomeoneElseIsNotThatName() {
            Linking l = Linking.linked("Corvin Brannock paid the toll, and he stood by the gate beside Isolde Marro.\n\n"
                    + "“The fee went up at noon,” said Tam Keswin.\n\n"
                    + "Corvin Brannock's son looked up.\n\n“Then I will walk,” he said.");
            assertNotEquals("Corvin Brannock", l.name(1));
            l = Linking.linked("Corvin Brannock paid the toll, and he stood by the gate beside Isolde Marro.\n\n"
                    + "“The fee went up at noon,” said Tam Keswin.\n\n"
                    + "Only Corvin Brannock's purse was empty.\n\n“Then I will walk,” he said.");
            assertNotEquals("Corvin Brannock", l.name(1));
        }

        @Test
        void aPronounAfterASentenceOpenedByANameOfTheOtherGenderIsNotThatName() {
            Linking l = Linking.linked("Corvin Brannock paid the toll, and he stood by the gate beside Isolde Marro.\n\n"
                    + "“The fee went up at noon,” said Tam Keswin.\n\n"
                    + "Isolde Marro's face went red.\n\n“Then I will walk,” he said.");
            assertNotEquals("Isolde Marro", l.name(1));
        }

        @Test
        void aDescriptionOfSomeoneJustComeIntoTheSceneOfTheOneNamedIsTheNewcomers() {
            Linking l = Linking.linked("Tom Reed sat by the fire and mended a net.\n\n"
                    + "A tall, thin man came up the path from the river.\n\n“Evening,” said the man.");
            assertEquals("the man", l.name(0));
        }

        @Test
        void aLikenessIsNoNewcomer() {
            Linking l = Linking.linked("Tom Reed sat by the fire and mended a net. He was not like a man who waits.\n\n"
                    + "“Evening,” said the man.");
            assertEquals("Tom Reed", l.name(0));
        }

        @Test
        void theNameAddressedMayBeInTheFirstPartOfAQuotationThatANamelessSpeakerInterrupts() {
            Linking l = Linking.linked("Tom Hale came in late and sat down by the fire.\n\n"
                    + "Edwin Marsh stood at the window, and the old lady looked up from her book.\n\n"
                    + "“You play very well, Mr. Hale,” said the old lady; “and I think you will play in London some day.”\n\n"
                    + "“Do you, ma’am?” cried he, with a laugh.");
            assertEquals("Tom Hale", l.name(2));
        }

        @Test
        void theNameAddressedMayBeInAnEarlierQuotationOfTheTurnBefore() {
            Linking l = Linking.linked("Mr. Hale and Tom Reed came into the room. “Sit down, Hale,” said Tom Reed. "
                    + "“The fire is warm.”\n\n“I would rather stand,” he said.");
            assertEquals("Hale", l.name(2));
        }

        @Test
        void aPronounAfterNarrationOpeningItsParagraphIsNoAnswerToTheTurnBefore() {
            Linking l = Linking.linked("Mr. Hale and Tom Reed came into the room. “Sit down, Hale,” said Tom Reed.\n\n"
                    + "He looked at the fire. “I would rather stand,” he said.");
            assertEquals("Tom Reed", l.name(1));
        }

        @Test
        void firstPersonAndPluralPronounsStayAsTheyAre() {
            assertNull(resolve("Jane Roe arrived. “Hi,” they said.", "they", Mentions.PRONOUN));
            assertNull(resolve("Jane Roe arrived. “Hi,” I said.", "I", Mentions.PRONOUN));
            assertNull(resolve("Jane Roe arrived. “Hi,” we said.", "we", Mentions.PRONOUN));
        }

        @Test
        void aPlaceWrittenAfterPrepositionsOfPlaceIsNoPerson() {
            String text = "Walt Pimm came by ship. In Tripoli he slept, and from Tripoli he wrote. “Hot,” he said.";
            assertEquals("Walt Pimm", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aPlaceWrittenAfterThePrepositionsOfPlaceIsNoPerson() {
            String text = "Orla Quenby came by ship. She walked to the Orangery, and she was there. At the Orangery,"
                    + " she smiled. The Orangery stood still, and she waved. “Hot,” she said.";
            assertEquals("Orla Quenby", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void aWordOpeningASentenceAfterALostStopIsNoPerson() {
            String text = "Tamsin Quellby stood at the gate. The wind rose, Next she waved to the coach."
                    + " It was cold!--Such a night she had never known. The coach was late, Next she sat down."
                    + " “Wait for me,” she cried.";
            assertEquals("Tamsin Quellby", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void aPlaceNamedBeforeANounAfterTheWithAGivenNameStaysAPlace() {
            // the Winifred Harrowgate ball is named after someone; Harrowgate itself is a town
            Document d = Linking.found("Tamsin Quellby danced at the Winifred Harrowgate ball. She went to Harrowgate"
                    + " in May, and she left for Harrowgate in June. “Lovely,” she said.").document();
            NameResolver r = new NameResolver(d);
            assertFalse(r.isPerson("harrowgate"));
        }

        @Test
        void aPlaceWrittenMostlyAfterOfAndTwiceAfterToOrThroughIsNoPerson() {
            Document d = Linking.found("Tamsin Quellby loved the hills of Dunmarra. The rivers of Dunmarra ran cold, and"
                    + " the towns of Dunmarra were old. She went to Dunmarra in May and rode through Dunmarra. Dunmarra"
                    + " was quiet, and she slept. Dunmarra slept, and she woke. “Good,” she said.").document();
            assertFalse(new NameResolver(d).isPerson("dunmarra"));
        }

        @Test
        void aNameWrittenAfterOfButNeverAfterInOrToStaysAPerson() {
            Document d = Linking.found("It was the house of Ulric Dunmarra. The dog of Dunmarra barked."
                    + " Dunmarra came out, and he shouted. Dunmarra ran, and he fell. “Down,” he said.").document();
            assertEquals(true, new NameResolver(d).isPerson("dunmarra"));
        }

        @Test
        void aKindWrittenAfterAOrAnIsNoPerson() {
            String text = "Walt Pimm came by ship. He met an Englishman, and then an Englishman again."
                    + " The Englishman nodded and he waved. The Englishman smiled and he sat. “Hot,” he said.";
            assertEquals("Walt Pimm", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aPluralOfANameOfTheTextIsAGroupAndNoPerson() {
            String text = "Walt Pimm met Ann Linton. The Lintons nodded and he waved. The Lintons smiled and he sat."
                    + " “Hot,” he said.";
            assertEquals("Walt Pimm", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aPluralWrittenAfterTheIsAGroupAndNoPerson() {
            String text = "Walt Pimm came by ship. The Basques nodded and he waved. The Basques smiled and he sat."
                    + " “Hot,” he said.";
            assertEquals("Walt Pimm", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aFullNameTellsItsOwnGenderWhereTheFamilyHasBoth() {
            String text = "Mrs. Pimm poured the tea.\n\nWalt Pimm took a cup and he smiled. Later Walt Pimm nodded"
                    + " and he sat.\n\nThe clock struck. Walt Pimm rose. “Fine,” he said.";
            assertEquals("Walt Pimm", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aDayOfTheWeekIsNoPerson() {
            assertNull(resolve("Monday came. “Hi,” he said.", "he", Mentions.PRONOUN));
        }

        @Test
        void aNameNotKnownAsAPersonIsNoPronounsReferentEvenAsTheSubjectJustBefore() {
            String text = "The two friends blocked the Elm Street exit in their haste. “Not now,” he said.";
            assertNull(resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameBetweenTheAndANounNamesAThingAndStandsForNoPronoun() {
            String text = "Ann Lee walked through the fair. She passed the Aunt Polly stall and stopped. “Lovely,” she said.";
            assertEquals("Ann Lee", resolve(text, "she", Mentions.PRONOUN));
        }

        @Test
        void nobodyBeforeLeavesThePronoun() {
            assertNull(resolve("“Hi,” she said.", "she", Mentions.PRONOUN));
        }

        @Test
        void aNameWrittenAfterTheOnlyBeforeANounIsAThingAndNoPerson() {
            String text = "Walt Pimm drove all night. The Kessel Ridge road was shut, so he turned back."
                    + " By dawn the old Kessel Ridge pass was clear, and he went on. “Cold,” he said.";
            assertEquals("Walt Pimm", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameWrittenAfterTheAloneTooStaysAPerson() {
            String text = "Ann Roe waited under the bridge beside the Hermit. The Hermit stood up and he nodded."
                    + " The Hermit grinned and he walked off. “Farewell, then,” he shouted.";
            assertEquals("Hermit", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameOpeningThePronounsOwnSentenceIsItsSubjectThoughNotKnownAsAPerson() {
            String text = "Mr. Hale spoke first at the hearing.\n\nDag Orvo shrugged before he muttered, “All that noise.”";
            assertEquals("Dag Orvo", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aNameInsideThePronounsSentenceIsNoSubjectOfIt() {
            String text = "Mr. Hale spoke first at the hearing.\n\nThe storm closed Tarn Valley roads, and he muttered, “One more delay.”";
            assertEquals("Hale", resolve(text, "he", Mentions.PRONOUN));
        }

        @Test
        void aCreedAPronounFollowsIsNoOneItStandsFor() {
            Linking l = Linking.linked("Tobin Reed came home. Quakerism was the one thing his uncle kept. In Quakerism he"
                    + " found some peace. “Fetch more wood,” he said.");
            assertEquals("Tobin Reed", l.name(0));
        }

        @Test
        void aFaithOfTheLexiconIsNoOneAPronounStandsFor() {
            Linking l = Linking.linked("Osric Dale rode back from the fair. Christendom was all his tutor ever spoke of."
                    + " Of Christendom he was weary by now. “Saddle the grey,” he said.");
            assertEquals("Osric Dale", l.name(0));
        }

        @Test
        void theSubjectOfOneSentenceGoesOnAsTheHeOpeningTheNext() {
            Linking l = Linking.linked("Nessa Bryce walked down to the quay with Mr. Garrow.\nShe waved to the boatmen.\n"
                    + "Tobin Vass looked up from the crates.\nHe wiped his hands on his apron, and he said: “The tide is late.”");
            assertEquals("Tobin Vass", l.name(0));
        }

        @Test
        void thePartsOfAQuotationAroundOneHeAreOnePersons() {
            Linking l = Linking.linked("Dora Quillet and Abel Cranmoor sat by the stove. My uncle brought the post indoors.\n"
                    + "“Mark me, Dora,” he said to her, “the ice on the pond is thin.”");
            assertEquals("My uncle", l.name(0));
            assertEquals("My uncle", l.name(1));
        }

        @Test
        void aNounDescribingATitlesBearerStandsForTheOneTheTitleIsWrittenBefore() {
            Linking l = Linking.linked("Parson Mabry came up the lane at dusk and met Amos Webbley by the stile.\n“Good day,” said the parson.\n"
                    + "“Is the ford passable?” said Amos Webbley.\nThe clergyman shook his head, and pointed back the way he had come.\n"
                    + "“You must go round by the mill,” said he.");
            assertEquals("Mabry", l.name(2));
        }

        @Test
        void aNounDescribingTheBearersOfTwoOfItsTitlesIsNotTiedToEither() {
            Linking l = Linking.linked("Vicar Pellow met Parson Mabry at the crossroads at dusk.\n“A raw evening,” the vicar called out.\n"
                    + "“Raw indeed,” answered the parson.\nThe clergyman shook his head, and pointed back the way he had come.\n"
                    + "“You must go round by the mill,” said he.");
            // the clergyman may be either: not the parson for being listed first among its titles
            assertFalse(l.name(2).endsWith("Mabry"));
        }

        @Test
        void aContractedSheTellsItsGenderAsSheDoes() {
            String text = "Mrs. Wenna Pollick latched the shed. Mr. Osgar Threlk trimmed the wick.\n“Too much oil,” she’d told him.";
            assertEquals("Wenna Pollick", resolve(text, "she’d", Mentions.PRONOUN));
        }

        @Test
        void aContractedHeTellsItsGenderAsHeDoes() {
            String text = "Mr. Osgar Threlk latched the shed. Mrs. Wenna Pollick trimmed the wick.\n“Too much oil,” he's said.";
            assertEquals("Osgar Threlk", resolve(text, "he's", Mentions.PRONOUN));
        }

        @Test
        void aSheOfAFamilyIsNotTheFullNameTheHeOfItIsUsedOf() {
            String text = "Mr. Brindlecombe lit the stove. Osgar Brindlecombe was in; he pulled off his boots."
                    + " Mrs. Brindlecombe latched the door.\n“Too much oil,” she said.";
            assertEquals("Brindlecombe", resolve(text, "she", Mentions.PRONOUN));
        }
    }

    @Nested
    class Narrator {

        private static final String TALK = "“Where were you, Effie?” Tom asked.\n\n“At the mill,” I said.\n\n"
                + "“Alone, Effie?” Tom asked.\n\n“Quite alone,” I said.";

        @Test
        void aFirstPersonNarratorIsTheOneTheOthersAddressByName() {
            Linking l = Linking.linked(TALK);
            assertEquals("I", l.mention(1));
            assertEquals("Effie", l.name(1));
            assertEquals("Effie", l.name(3));
        }

        @Test
        void notANameTheNarrationUses() {
            Linking l = Linking.linked("Effie came in. Tom saw Effie and waved.\n\n" + TALK);
            assertEquals("I", l.name(1));
        }

        @Test
        void aNarratorCalledByGivenNameAndByTitleAndSurnameHasTheSurnamesFullName() {
            String text = "Effie Hart was a name I seldom heard.\n\n" + TALK
                    + "\n\n“Good evening, Miss Hart,” the porter said.\n\n“Evening,” I said.\n\n"
                    + "“Cold, Miss Hart?” the porter asked.\n\n“A little,” I said.";
            Linking l = Linking.linked(text);
            assertEquals("I", l.mention(1));
            assertEquals("Effie Hart", l.name(1));
            assertEquals("Effie Hart", l.name(7));
        }

        @Test
        void aNarratorCalledByGivenNameAndByTitleAndSurnameOnlyIsGivenNameAndSurname() {
            String text = TALK + "\n\n“Good evening, Miss Hart,” the porter said.\n\n“Evening,” I said.\n\n"
                    + "“Cold, Miss Hart?” the porter asked.\n\n“A little,” I said.";
            assertEquals("Effie Hart", Linking.linked(text).name(1));
        }

        @Test
        void aTitledSurnameCalledOnceDoesNotNameTheNarrator() {
            String text = TALK + "\n\n“Good evening, Miss Hart,” the porter said.\n\n“Evening,” I said.";
            assertEquals("Effie", Linking.linked(text).name(1));
        }

        @Test
        void theOneAQuotationIsToldToAsMeIsTheNarratorItsVocativeNames() {
            String text = "I sat by the stove.\n\n“You came,” I said.\n\nThe ferryman's wife set down a cup."
                    + " “Drink up, Mr. Tolvane,” she told me.";
            Linking l = Linking.linked(text);
            assertEquals("I", l.mention(0));
            assertEquals("Tolvane", l.name(0));
        }

        @Test
        void notWhenTheOneToldIsSomeoneElse() {
            String text = "I sat by the stove.\n\n“You came,” I said.\n\nThe ferryman's wife set down a cup."
                    + " “Drink up, Mr. Tolvane,” she told him.";
            assertEquals("I", Linking.linked(text).name(0));
        }

        @Test
        void aNameCalledOutThatTheNarratorAnswersByActingCountsAsAVocative() {
            Linking l = Linking.linked("“Barnaby! Get down here!” my mother shouted.\n\n"
                    + "I pulled on my boots and ran down the stairs.\n\n"
                    + "“You're late again, Barnaby,” he said.\n\n“Sorry,” I said.");
            assertEquals("I", l.mention(2));
            assertEquals("Barnaby", l.name(2));
        }

        @Test
        void notWhenSomeoneElseActsNext() {
            Linking l = Linking.linked("“Barnaby! Get down here!” my mother shouted.\n\n"
                    + "The dog ran down the stairs.\n\n"
                    + "“You're late again, Barnaby,” he said.\n\n“Sorry,” I said.");
            assertEquals("I", l.name(2));
        }

        @Test
        void theNarratorsMotherIsTheMumTheNarrationNames() {
            Linking l = Linking.linked("“Get down here!” my mother shouted.\n\nI ran down the stairs. Mum was at the stove.\n\n"
                    + "“Eat,” Mum said.");
            assertEquals("my mother", l.mention(0));
            assertEquals("Mum", l.name(0));
        }

        @Test
        void notWhenTheNarrationNamesTwoSuch() {
            Linking l = Linking.linked("“Get down here!” my mother shouted.\n\nI ran down the stairs. Mum was at the stove,"
                    + " and later Mama came in.\n\n“Eat,” Mum said.");
            assertEquals("my mother", l.name(0));
        }

        @Test
        void notFromASingleVocative() {
            Linking l = Linking.linked("“Where were you, Effie?” Tom asked.\n\n“At the mill,” I said.");
            assertEquals("I", l.name(1));
        }
    }

    @Nested
    class KinNames {

        @Test
        void aParentsTitleAloneNamesHer() {
            Linking l = Linking.linked("Mother set down the basket. “The plums are in,” she said.");
            assertEquals("she", l.mention(0));
            assertEquals("Mother", l.name(0));
        }

        @Test
        void aWordForAParentOpeningTheTextNamesHim() {
            assertEquals("Papa", Linking.linked("Papa tied the boat to the pier. “Hold the rope,” he said.").name(0));
        }

        @Test
        void aGrandparentNamedAsAnObject() {
            assertEquals("Grandpa", Linking.linked("I ran to Grandpa and took his hand. “Slowly,” he said.").name(0));
        }

        @Test
        void aTitleBeforeANameStillOpensIt() {
            assertEquals("Quillon", Linking.linked("Father Quillon crossed the square. “Peace,” he said.").name(0));
        }

        @Test
        void notInAHeadlineWhereEveryWordHasACapital() {
            Linking l = Linking.linked("Mother Of Three Wins Orchard Toll Appeal\n\n"
                    + "The pier guild lost its case in the county court. “We will not pay it twice,” she said.");
            assertEquals("she", l.name(0));
        }

        @Test
        void notAfterAnOwnerOrADeterminer() {
            Linking l = Linking.linked("Tobin rowed across with his Mother. “The plums are in,” she said.");
            assertEquals("she", l.name(0));
        }

        @Test
        void theNarratorsOwnParentAfterMyStillNamesHim() {
            assertEquals("Father", Linking.linked("I walked to the pier with my Father. “Mind the toll,” he said.").name(0));
        }

        @Test
        void aParentsNameAfterThatOpeningAClauseStillNamesHim() {
            assertEquals("Father", Linking.linked("I knew that Father was angry. “Mind the toll,” he said.").name(0));
        }

        @Test
        void notWhenOnlyTheTalkUsesTheWord() {
            Linking l = Linking.linked("Tamsin waited on the pier.\n\n“Is that you, Papa?” she called.\n\n“Row faster,” he said.");
            assertEquals("he", l.name(1));
        }
    }

    @Nested
    class NamesOfNoKnownGender {

        @Test
        void aNameBeforeAnAuxiliaryIsTheSheOfTheNextSentence() {
            Linking l = Linking.linked("Mirela Tovey has captained the Harrowgate ferry for 19 years.\n\n"
                    + "Last month she said, “I will run for mayor.”");
            assertEquals("she", l.mention(0));
            assertEquals("Mirela Tovey", l.name(0));
        }

        @Test
        void aSheTakesTheFullNameHerPronounsToldBesideAKinsmanOfHerSurname() {
            Linking l = Linking.linked("Ilse Vantry was named harbor master a week after she applied. "
                    + "Her father, Angus Vantry, ran the fish market for thirty years.\n\n"
                    + "“He still tells me I am doing it wrong,” she said.");
            assertEquals("she", l.mention(0));
            assertEquals("Ilse Vantry", l.name(0));
        }

        @Test
        void notWhenTwoFullNamesOfTheSurnameHaveSuchPronouns() {
            Linking l = Linking.linked("Ilse Vantry was named harbor master a week after she applied. "
                    + "Her sister Tova Vantry, who says she never wanted the job, ran the market. "
                    + "Their father, Angus Vantry, retired.\n\n"
                    + "“He still tells me I am doing it wrong,” she said.");
            assertEquals("Vantry", l.name(0));
        }

        @Test
        void aFullNameThatSpokeInTheParagraphBeforeTheQuotationIsItsSheOverAnEarlierSpeaker() {
            Linking l = Linking.linked("Tibbald Hoskins said “no” twice.\n\n"
                    + "Wilda Tovey told everyone to calm down. “We will get answers,” she said.");
            assertEquals("she", l.mention(1));
            assertEquals("Wilda Tovey", l.name(1));
        }

        @Test
        void soDoesOneSetOffAfterADescription() {
            Linking l = Linking.linked("Tibbald Hoskins said “no” twice.\n\n"
                    + "The chair, Wilda Tovey, told everyone to calm down. “We will get answers,” she said.");
            assertEquals("Wilda Tovey", l.name(1));
        }

        @Test
        void inReportageAFullNameThatSpokeInTheParagraphBeforeIsTheHeOfAQuotationOpeningTheNext() {
            Linking l = Linking.linked("“Patients ask for us by name,” said Xochitl Ochoa, the receptionist.\n\n"
                    + "Sudhakar Mbatha, 49, said he had never meant to stay.\n\n"
                    + "“I came for two years,” he said.");
            assertEquals("he", l.mention(1));
            assertEquals("Sudhakar Mbatha", l.name(1));
        }

        @Test
        void aFullNameWhoseReportingVerbFollowsAnAppositionIsTheSheOfTheNextQuotation() {
            Linking l = Linking.linked("“I don’t see how they get their money back,” said Tariq Haddad, a fund manager.\n\n"
                    + "Marjolein van der Verhoeven, an analyst at Dunmere Capital, said the price was high.\n\n"
                    + "“They are paying up, no question,” she said.");
            assertEquals("she", l.mention(1));
            assertEquals("Marjolein van der Verhoeven", l.name(1));
        }

        @Test
        void soIsOneInTheQuotationsOwnParagraph() {
            Linking l = Linking.linked("“You sold the town,” said Judge Nkechi Eze.\n\n"
                    + "Jelena Okafor, the mayor's daughter, spoke briefly to reporters. “My father is not that man,” she said.");
            assertEquals("Jelena Okafor", l.name(1));
        }

        @Test
        void inReportageAFullNameSharingItsSurnameIsItsOwnSpeakerNotTheFamilysFullestName() {
            Linking l = Linking.linked("“You sold the town,” said Judge Nkechi Eze to Bogdan Vukovic, 66. Mr. Vukovic showed no emotion."
                    + " He will appeal, his lawyer said.\n\nMilica Vukovic, his wife, was acquitted in May.\n\n"
                    + "Jelena Vukovic, the couple's daughter, spoke briefly to reporters. “My father is not that man,” she said.");
            assertEquals("she", l.mention(1));
            assertEquals("Jelena Vukovic", l.name(1));
        }

        @Test
        void soIsOneOpeningItsSentenceBeforeAModal() {
            Linking l = Linking.linked("“Sign here,” a clerk told Tolvane Scorrow, 43, as Mr. Scorrow stood at the counter."
                    + " He had brought no papers, his lawyer said later.\n\nThe council said on Friday that the recording was released in May.\n\n"
                    + "Ngozika Scorrow can be heard calling that her husband has signed nothing. “Give him time,” she says.");
            assertEquals("Ngozika Scorrow", l.name(1));
        }

        @Test
        void butNotOneSetOffAfterADescriptionWithNoWho() {
            Linking l = Linking.linked("“We will win,” said Brisa Tollan Quarrie, who runs the fund. Nessa Quarrie said she agreed.\n\n"
                    + "Together with her husband, Okonjo Quarrie, a ferry owner, she has funded three harbour schools.\n\n“It is a gift,” she said.");
            assertNotEquals("Okonjo Quarrie", l.name(1));
        }

        @Test
        void aSurnameAloneWhoseSheFollowsItsReportingVerbIsTheSheOfTheNextQuotation() {
            Linking l = Linking.linked("“I told myself, just wait,” said Wanjiru Njoroge, who won the race.\n\n"
                    + "Her training partner, Chidinma Omondi, took silver. Omondi said she had no regrets.\n\n"
                    + "“Somebody had to make it honest,” she said.");
            assertEquals("she", l.mention(1));
            assertEquals("Chidinma Omondi", l.name(1));
        }

        @Test
        void butNotOneAfterACommaThatEndsAPlace() {
            Linking l = Linking.linked("“We need to close this out,” said Nessa Quillon, who chairs the party.\n\n"
                    + "Another delegate, Teodor Brannock of Dunmere, D.C., explained his vote.\n\n"
                    + "“It is time to stand together,” he declared.");
            assertNotEquals("D.C.", l.name(1));
        }

        @Test
        void butNotANameAfterAPrepositionInTheParagraphBefore() {
            Linking l = Linking.linked("“Patients ask for us by name,” said Nkosana Dlamini, the clinic's director.\n\n"
                    + "A reporter for Velmora Radio called it a disaster.\n\n"
                    + "“We saw the roof fall in,” he said.");
            assertEquals("Nkosana Dlamini", l.name(1));
        }

        @Test
        void notANameAfterADeterminer() {
            Linking l = Linking.linked("The Harrowgate Ferry Board has run the boats for 19 years.\n\n"
                    + "Last month she said, “I will run for mayor.”");
            assertEquals("she", l.name(0));
        }

        /** Turns of a story after its first paragraph: short, following one another. */
        private static final String TURNS = "“We can't go,” she said. “Not today.”\n\n"
                + "“Why not?” asked her brother.\n\n"
                + "“Gran said so.”\n\n";

        @Test
        void aOneWordNameUsedInMidSentenceIsTheSheOfTheNextParagraphInAStory() {
            Linking l = Linking.linked("The rain had not stopped when Wrenna came down to the kitchen.\n\n"
                    + TURNS + "Wrenna sat down. “It isn't fair,” she said.");
            assertEquals("she", l.mention(0));
            assertEquals("Wrenna", l.name(0));
            assertEquals("Wrenna", l.name(4));
        }

        @Test
        void notTwoParagraphsBack() {
            Linking l = Linking.linked("The rain had not stopped when Wrenna came down to the kitchen.\n\n"
                    + "The kettle was singing on the stove and the cat slept under it.\n\n" + TURNS);
            assertEquals("she", l.name(0));
        }

        @Test
        void notAWordSeenOnlyOpeningSentences() {
            Linking l = Linking.linked("Wrenna came down to the kitchen.\n\n" + TURNS);
            assertEquals("she", l.name(0));
        }
    }

    @Nested
    class Descriptions {

        @Test
        void aDescriptionWithAPhraseOfWhomItSpeaksForIsTheNameSetOffAfterIt() {
            Linking l = Linking.linked("A spokeswoman for the Dunmere harbor board, Tessaly Brannock, said: “It was mostly the weather.”\n\n"
                    + "“It will pass,” said the head of the pilots' guild, Orrin Vexley.");
            assertEquals("A spokeswoman", l.mention(0));
            assertEquals("Tessaly Brannock", l.name(0));
            assertEquals("Orrin Vexley", l.name(1));
        }

        @Test
        void aNameInCloseAppositionToADescriptionIsItsName() {
            Linking l = Linking.linked("“The pier is shut,” said my cousin Tibbald.\n\n"
                    + "“It always is,” said her brother Tibbald Quarrie.");
            assertEquals("my cousin Tibbald", l.mention(0));
            assertEquals("Tibbald", l.name(0));
            assertEquals("Tibbald Quarrie", l.name(1));
        }

        @Test
        void aNameInCloseAppositionToASubjectBeforeItsVerbIsItsName() {
            Linking l = Linking.linked("My sister Wrenna smirked. “Finished it.”");
            assertEquals("My sister", l.mention(0));
            assertEquals("Wrenna", l.name(0));
        }

        @Test
        void notANameAfterAWordThatIsNoNounOfAPerson() {
            Linking l = Linking.linked("“The pier is shut,” said a former Dunmere Republican.");
            assertEquals("a former Dunmere Republican", l.name(0));
        }

        @Test
        void notWhenTheNameSetOffStartsAList() {
            Linking l = Linking.linked("“It will pass,” said the head of the pilots' guild, Orrin Vexley, and his deputy.");
            assertEquals("the head", l.name(0));
        }

        @Test
        void notPastAPhraseThatHoldsARelativeClause() {
            Linking l = Linking.linked("“It will pass,” said a clerk at the desk who had seen it, Orrin Vexley.");
            assertNotEquals("Orrin Vexley", l.name(0));
        }

        @Test
        void herAuntIsTheOnePersonCalledAuntInTheTalk() {
            Linking l = Linking.linked("“Where were you all night, Tobiah?” said Lady Marrowdene.\n\n"
                    + "“Mending nets, aunt,” said he, “down on the pier.”\n\n"
                    + "His cousin Isolde smiled at the window.\n\n"
                    + "“You may smile, Isolde,” said her aunt; “the guild pays no one to sleep.”");
            assertEquals("her aunt", l.mention(3));
            assertEquals("Marrowdene", l.name(3));
        }

        @Test
        void herAuntIsNoOneWhenTwoPeopleAreCalledAunt() {
            Linking l = Linking.linked("“Where were you all night, Tobiah?” said Lady Marrowdene.\n\n"
                    + "“Mending nets, aunt,” said he.\n\n"
                    + "“Late again?” said Mrs. Wenlock.\n\n"
                    + "“Only a little, aunt,” said Isolde.\n\n"
                    + "“You may smile, Isolde,” said her aunt; “the guild pays no one to sleep.”");
            assertEquals("her aunt", l.name(4));
        }

        @Test
        void aDescribedSpeakerIsTheOneTheNextTurnAddressesByName() {
            Linking l = Linking.linked("“The pier needs tarring,” said Mrs. Quarmby.\n\n"
                    + "“Then hire a man for it,” said her daughter.\n\n"
                    + "“I have asked two, Winifred, and both are at sea.”");
            assertEquals("her daughter", l.mention(1));
            assertEquals("Winifred", l.name(1));
        }

        @Test
        void theNarratorsKinIsTheOneTheNextTurnAddressesByName() {
            Linking l = Linking.linked("I came down late to breakfast.\n\n"
                    + "“Will you never do a day’s work, Orrin?” said my brother’s wife.\n\n"
                    + "“My dear Ann,” I answered, “why should I?”");
            assertEquals("my brother’s wife", l.mention(0));
            assertEquals("Ann", l.name(0));
        }

        @Test
        void theNarratorsKinStaysWhenNoTurnAddressesThem() {
            Linking l = Linking.linked("I came down late to breakfast.\n\n"
                    + "“Will you never do a day’s work?” said my brother’s wife.\n\n"
                    + "“Why should I?” I answered.");
            assertEquals("my brother’s wife", l.name(0));
        }

        @Test
        void aNameAddressedThatTheNarrationShowsActingIsSomeoneTheDescriptionStandsFor() {
            // Tessaly has no title, no given name of the lexicon and no pronoun: "Tessaly came" shows her acting
            String text = "The house was quiet, and then Tessaly came with the tray.\n\n“Is the coach here?” asked Miss Brackwell.\n\n"
                    + "“Not yet, miss.”\n\n“Then we wait.”\n\n"
                    + "“I shall miss the old place, miss,” said the weeping maid.\n\n"
                    + "“Ah, Tessaly, we must be brave,” cried Miss Brackwell.";
            Linking l = Linking.linked(text);
            assertEquals("the weeping maid", l.mention(3));
            assertEquals("Tessaly", l.name(3));
            // written only at the opening of a sentence, the word may be anything: no one to stand for
            assertEquals("the weeping maid", Linking.linked(text.replace(", and then Tessaly came", ". Tessaly came")).name(3));
        }

        @Test
        void inNewsANameActingInTheNarrationNeedNotBeSomeone() {
            // a town or a council acts in news: "when Dunmere voted" shows no person
            Linking l = Linking.linked("Gov. Ada Pell toured the dam on Tuesday, when Dunmere voted for the sluices.\n\n"
                    + "“The sluices open Friday,” the county engineer said on Wednesday.\n\n"
                    + "“Ah, Dunmere, it will hold,” said Gov. Pell.");
            assertEquals(true, l.document().reportage);
            assertEquals("the county engineer", l.name(0));
        }

        @Test
        void notWhenTheNextTurnIsSaidByTheOneItAddressesUnderAnotherForm() {
            Linking l = Linking.linked("Winifred Orvald sat on the pier with her cousin.\n\n"
                    + "“The pier needs tarring,” said Mr. Thimble.\n\n"
                    + "“Then hire a man for it,” said her cousin.\n\n"
                    + "“I have asked two, Winifred, and both are at sea,” said Miss Orvald.");
            assertEquals("Winifred Orvald", l.name(2));
            assertEquals("her cousin", l.name(1));
        }

        @Test
        void theNextTurnIsLookedForAmongEightQuotationsAtMost() {
            String list = "“rope,” “nails,” “pitch,” “oakum,” “sand,” “lime,” “canvas”";
            String text = "“The pier needs tarring,” said Mrs. Quarmby.\n\n"
                    + "“Then hire a man for it,” said her daughter, and she named what he would need: " + list + "%s.\n\n"
                    + "“I have asked two, Winifred, and both are at sea.”";
            assertEquals("Winifred", Linking.linked(String.format(text, "")).name(1));   // the eighth quotation on: found
            assertEquals("her daughter", Linking.linked(String.format(text, " and “tar”")).name(1));   // the ninth: not
        }

        @Test
        void notWhenTheNextTurnIsPastNarration() {
            Linking l = Linking.linked("“The pier needs tarring,” said Mrs. Quarmby.\n\n"
                    + "“Then hire a man for it,” said her daughter.\n\n"
                    + "The clock struck four, and the rain came on.\n\n"
                    + "“I have asked two, Winifred, and both are at sea.”");
            assertEquals("her daughter", l.name(1));
        }

        @Test
        void hisWifeTakesTheTitledSurnameOfAManNamedByItAlone() {
            Linking l = Linking.linked("Mrs. Quarmby poured the tea and sat down.\n\n"
                    + "Mr. Quarmby folded his newspaper. “The ferry is late again,” he said.\n\n"
                    + "“It always is,” said his wife.");
            assertEquals("his wife", l.mention(1));
            assertEquals("Mrs. Quarmby", l.name(1));
        }

        @Test
        void notFromAGivenNameAlone() {
            Linking l = Linking.linked("Mrs. Barnaby poured the tea and sat down.\n\n"
                    + "Barnaby folded his newspaper. “The ferry is late again,” he said.\n\n"
                    + "“It always is,” said his wife.");
            assertEquals("his wife", l.name(1));
        }

        @Test
        void herMotherIsTheParentOfTheOneAddressedAsTheTextTitlesHer() {
            String text = "Effie Otway came down late. Mrs. Otway sat at the table.\n“Did you sleep, Effie?” her mother asked.";
            assertEquals("Mrs. Otway", resolve(text, "her mother", Mentions.DESCRIPTION));
        }

        @Test
        void herMotherIsNoOneTheTextTitlesMiss() {
            String text = "Effie Otway came down late. Miss Otway sat at the table.\n“Did you sleep?” her mother asked.";
            assertNull(resolve(text, "her mother", Mentions.DESCRIPTION));   // Miss Otway is a sister, not a mother
        }

        @Test
        void hisFatherIsLeftAsItIsWhenTheTextNeverTitlesTheFather() {
            String text = "Rob Fenn came down late. Mrs. Fenn sat at the table.\n“Did you sleep, Rob?” his father asked.";
            assertNull(resolve(text, "his father", Mentions.DESCRIPTION));   // Mrs. Fenn is not his father
        }

        @Test
        void aDescriptionIsLeftAsItIs() {
            assertNull(resolve("Jane Roe arrived. “Hi,” the spokeswoman said.", "the spokeswoman", Mentions.DESCRIPTION));
        }

        @Test
        void aDescriptionByATitleIsTheOneTheTextGivesThatTitle() {
            String text = "Dr. Henry Lane came in and Dr. Lane sat down. “Rest,” the doctor said.";
            assertEquals("Henry Lane", resolve(text, "the doctor", Mentions.DESCRIPTION));
        }

        @Test
        void aDescriptionByATitleTwoPeopleShareIsLeftAsItIs() {
            String text = "Dr. Henry Lane and Dr. Ann Orr came in. “Rest,” the doctor said.";
            assertNull(resolve(text, "the doctor", Mentions.DESCRIPTION));
        }

        @Test
        void aDescriptionByAPersonNounIsThePersonOfItsGenderNamedLast() {
            String text = "Ann Lee waited while Tom Day read. “Hi,” the young man said.";
            assertEquals("Tom Day", resolve(text, "the young man", Mentions.DESCRIPTION));
        }

        @Test
        void aDescriptionByAKinshipNounIsThePersonOfItsGenderNamedLast() {
            String text = "Mrs. Ann Lee watched while Tom Lee ate. “Slowly,” the mother said.";
            assertEquals("Ann Lee", resolve(text, "the mother", Mentions.DESCRIPTION));
        }

        @Test
        void aCapitalizedDescriptionIsANameAndLeftAsItIs() {
            String text = "Tom Day read. “Hi,” the Iron Duke said.";
            assertNull(resolve(text, "the Iron Duke", Mentions.DESCRIPTION));
        }

        @Test
        void aFormOfAddressIsNoTitleADescriptionStandsFor() {
            String text = "Lady Ann Pimm came in. Lady Pimm sat. Mary Orr stood. “Rest,” the lady said.";
            assertEquals("Mary Orr", resolve(text, "the lady", Mentions.DESCRIPTION));
        }

        @Test
        void aDescriptionAnsweringATurnThatCallsSomeoneByNameIsThatPerson() {
            Linking l = Linking.linked("Mr. Osric Tavel leaned on the gate while a smith bent over the cart.\n"
                    + "“Will the axle hold till market, Tavel?” asked the smith.\n"
                    + "“It held all winter,” answered the farmer.");
            assertEquals("Osric Tavel", l.name(1));
        }

        @Test
        void anIndefiniteDescriptionAnsweringACallByNameIsSomeoneElse() {
            Linking l = Linking.linked("Mr. Osric Tavel leaned on the gate while a smith bent over the cart.\n"
                    + "“Will the axle hold till market, Tavel?” asked the smith.\n"
                    + "“It held all winter,” said a voice behind the barn.");
            assertNotEquals("Osric Tavel", l.name(1));
        }

        @Test
        void aDescriptionOfTheNextTurnIsNotTheOneNamedAsSpeakingTheTurnBefore() {
            Linking l = Linking.linked("Mr. Ezra Holm and young Tobin Marsh sat by the stove.\n"
                    + "“The snow will stop by noon,” said Tobin.\n"
                    + "“Not before dark,” grunted the old man.");
            assertEquals("Ezra Holm", l.name(1));
        }

        @Test
        void hisFatherIsTheManOfTheFamilyTheTextTitlesWhenTheSonIsNamedBefore() {
            Linking l = Linking.linked("Mr. Quell had gone to market with the cart.\n\n"
                    + "Dan Quell stamped in, wet to the knees.\n\n“Mud stays outside,” his father said.");
            assertEquals("Mr. Quell", l.name(0));
        }

        @Test
        void herMotherIsTheWomanOfTheFamilyTheTextTitlesWhenTheDaughterIsNamedBefore() {
            Linking l = Linking.linked("Mrs. Quell sat by the hearth with her mending.\n\n"
                    + "Nora Quell stamped in, wet to the knees.\n\n“Mud stays outside,” her mother said.");
            assertEquals("Mrs. Quell", l.name(0));
        }

        @Test
        void theOtherIsTheOneOfTheTwoWhoDidNotSpeakTheTurnBefore() {
            Linking l = Linking.linked("“Is the pier open?” asked Tamsin Vosk.\n\n“Since dawn,” said Edric Quarrie.\n\n"
                    + "“And the toll?” asked Tamsin.\n\n“Still a penny,” said the other.");
            assertEquals("Edric Quarrie", l.name(3));
        }

        @Test
        void hisCompanionIsTheOneOfTheTwoWhoDidNotSpeakTheTurnBefore() {
            Linking l = Linking.linked("“Is the toll paid?” asked Tamsin Vosk.\n\n“Not yet,” said Edric Quarrie.\n\n"
                    + "“Then pay it.”\n\n“Tomorrow,” said his companion.");
            assertEquals("Edric Quarrie", l.name(3));
        }

        @Test
        void theOtherAfterOnePersonAloneStaysAsItIs() {
            Linking l = Linking.linked("“The orchard wall fell,” said Tamsin Vosk.\n\n“When?” asked the other.");
            assertEquals("the other", l.name(1));
        }

        @Test
        void hisSisterIsTheWomanOfTheFamilyNamedLastByHerGivenName() {
            Linking l = Linking.linked("Mrs. Quell sat by the hearth. Nora Quell and Tam Quell came in from the yard.\n\n"
                    + "“The mud stays outside,” said Tam.\n\n“Then wipe your boots,” said his sister.");
            assertEquals("Nora Quell", l.name(1));
        }

        @Test
        void herBrotherIsTheManOfTheFamilyNamedLastByHisGivenName() {
            Linking l = Linking.linked("Orrin Quarrie lifted his pack. Wilda Quarrie took up her stick.\n\n"
                    + "“The bridge is out,” said Wilda.\n\n“Then we wade,” said her brother.");
            assertEquals("Orrin Quarrie", l.name(1));
        }

        @Test
        void herSisterIsNotTheWomanOfTheFamilyTitledMrs() {
            Linking l = Linking.linked("Mrs. Quarrie took up her stick. Orrin Quarrie lifted his pack.\n\n"
                    + "“The bridge is out,” said Orrin.\n\n“Then we wade,” said his sister.");
            assertEquals("his sister", l.name(1));
        }

        @Test
        void herFatherIsTheOneSheCallsPapaInTheTurnsAfterHis() {
            Linking l = Linking.linked("“The cart is ready,” said Mr. Tolvane.\n\n“Yes, papa,” said Ilse.\n\n"
                    + "“Fetch the lamp,” said Mr. Tolvane.\n\n“At once, papa,” said Ilse.\n\n"
                    + "Rain came on at dusk.\n\n“Stay in,” said her father.");
            assertEquals("Tolvane", l.name(4));
        }

        @Test
        void herFatherIsNotTheOneSheCallsPapaOnlyOnce() {
            Linking l = Linking.linked("“The cart is ready,” said Mr. Tolvane.\n\n“Yes, papa,” said Ilse.\n\n"
                    + "Rain came on at dusk.\n\n“Stay in,” said her father.");
            assertEquals("her father", l.name(2));
        }

        @Test
        void herMotherIsNotTheOneSheNamesInHerCallsOfMamma() {
            Linking l = Linking.linked("“The cart is ready,” said Wilda Tolvane.\n\n“Ride with Wilda, mamma,” said Ilse.\n\n"
                    + "“Fetch the lamp,” said Wilda Tolvane.\n\n“Help Wilda, mamma,” said Ilse.\n\n"
                    + "Rain came on at dusk.\n\n“Stay in,” said her mother.");
            assertEquals("her mother", l.name(4));
        }

        @Test
        void herMotherIsTheOneSheCallsMammaWithoutNamingHer() {
            Linking l = Linking.linked("“The cart is ready,” said Wilda Tolvane.\n\n“Yes, mamma,” said Ilse.\n\n"
                    + "“Fetch the lamp,” said Wilda Tolvane.\n\n“At once, mamma,” said Ilse.\n\n"
                    + "Rain came on at dusk.\n\n“Stay in,” said her mother.");
            assertEquals("Wilda Tolvane", l.name(4));
        }

        @Test
        void herMotherStaysAsItIsWhenTheTextTitlesNoWomanOfTheFamily() {
            Linking l = Linking.linked("Nora Quell stamped in, wet to the knees.\n\n“Mud stays outside,” her mother said.");
            assertEquals("her mother", l.name(0));
        }

        @Test
        void aNameOnANoticeInParenthesesIsNoOneADescriptionStandsFor() {
            Linking l = Linking.linked("A card was pinned by the door (Rev. Amos Tull, Vicar of Pellow) and the benches were full.\n\n"
                    + "“Cold today,” grumbled the old man.");
            assertEquals("the old man", l.name(0));
        }

        @Test
        void aNameInTheNarrationOutsideParenthesesIsOneADescriptionStandsFor() {
            Linking l = Linking.linked("A card was pinned by the door and the benches were full. Rev. Amos Tull, the vicar, came in late.\n\n"
                    + "“Cold today,” grumbled the old man.");
            assertEquals("Amos Tull", l.name(0));
        }

        @Test
        void aNameSetInParenthesesAloneIsOneADescriptionStandsFor() {
            Linking l = Linking.linked("A stranger (Amos Tull) had taken the corner pew.\n\n“Cold today,” grumbled the old man.");
            assertEquals("Amos Tull", l.name(0));
        }

        @Test
        void aCapitalizedTitleAnsweringACallByNameIsNotThatPerson() {
            Linking l = Linking.linked("Mr. Osric Tavel leaned on the gate while a smith bent over the cart.\n"
                    + "“Will the axle hold till market, Tavel?” asked the smith.\n"
                    + "“It held all winter,” answered the Warden.");
            assertEquals("the Warden", l.name(1));
        }

        @Test
        void theNarratorsKinAnsweringACallByNameIsNotThatPerson() {
            Linking l = Linking.linked("Mr. Osric Tavel leaned on the gate while a smith bent over the cart.\n"
                    + "“Will the axle hold till market, Tavel?” asked the smith.\n"
                    + "“It held all winter,” answered my father.");
            assertEquals("my father", l.name(1));
        }

        @Test
        void aTitleOfOneGenderNamingTheTurnBeforeLeavesTheOtherOfTheFamily() {
            Linking l = Linking.linked("Mrs. Orla Pettle and Mr. Pettle sat by the stove.\n“The snow will stop by noon,” said Mr. Pettle.\n"
                    + "“Not before dark,” sighed the old woman.");
            assertEquals("Orla Pettle", l.name(1));
        }

        @Test
        void hisFatherIsNotTheTitleOfTheOneHisStandsForWhenTheirNameIsASurnameAlone() {
            Linking l = Linking.linked("Mr. Garrow kept the mill.\n\nGarrow came in at dusk. “Late again,” his father said.");
            assertEquals("his father", l.name(0));
        }

        @Test
        void aDescriptionGoingOnWithAQuotationRunOverParagraphsIsTheOneNamedInItsFirstPart() {
            Linking l = Linking.linked("Mr. Pell Garrow and young Jory Venn sat by the stove.\n\n“The snow will stop by noon,”"
                    + " said Jory, “and then we can dig out the cart\n\n“and be home by dark,” the young man went on.");
            assertEquals("Jory Venn", l.name(2));
        }

        @Test
        void aNewcomerMetByTheOneInTheSceneAllAlongIsNotThatOne() {
            Linking l = Linking.linked("Ivo Strandby was splitting logs behind the barn.\n\n"
                    + "A man with a lantern walked up from the ford, and Strandby set down the axe.\n\n“Frost by morning,” said the man.");
            assertEquals("the man", l.name(0));
        }

        @Test
        void aDescriptionIsNoOneNamedOnlyInAListOfNames() {
            Linking l = Linking.linked("The toll board by the ferry bore the names Godfrey, Percival and Wilfred.\n\n"
                    + "“Who goes there?” said the man at the gate.");
            assertEquals("the man", l.name(0));
        }

        @Test
        void aPronounIsNoOneNamedOnlyInAListOfNames() {
            Linking l = Linking.linked("The toll board by the ferry bore the names Godfrey, Percival and Wilfred.\n\n"
                    + "“Who goes there?” said the man at the gate.\n\n“Only me,” I said.\n\n“Then pay,” he said.");
            assertEquals("the man", l.name(2));
        }

        @Test
        void aListOfNamesThatDoesSomethingIsOfPeopleInTheScene() {
            Linking l = Linking.linked("Godfrey, Percival and Wilfred rowed out past the pier.\n\n“Cast off,” he said.");
            assertEquals("Wilfred", l.name(0));
        }

        @Test
        void aNameInAListIsSomeoneInTheSceneWhenWrittenOutsideItToo() {
            Linking l = Linking.linked("Godfrey, Percival and Wilfred walked down to the pier.\n\n"
                    + "Wilfred untied the boat. “Cast off,” he said.");
            assertEquals("Wilfred", l.name(0));
        }

        @Test
        void aNewcomerNamedOnlyAfterComingInMayBeThatName() {
            Linking l = Linking.linked("Ivo Strandby was splitting logs behind the barn.\n\n"
                    + "A man with a lantern walked up from the ford. It was Abel Cranmoor.\n\n“Frost by morning,” said the man.");
            assertEquals("Abel Cranmoor", l.name(0));
        }
    }

    @Test
    void anAlreadyResolvedNameIsKept() {
        Linking l = Linking.found("Jane Roe arrived. “Hi,” Roe said.");
        Document d = l.document();
        l.setSpeaker(0, "Roe", Mentions.NAME);
        l.quote(0).speakerName = "Someone Else";
        new NameResolver(d).resolve();
        assertEquals("Someone Else", l.quote(0).speakerName);
    }

    @Test
    void aQuotationWithoutSpeakerGetsNoName() {
        Linking l = Linking.found("“Hi.”");
        new NameResolver(l.document()).resolve();
        assertNull(l.quote(0).speakerName);
    }
    @Nested
    class GenderOfANameSetOffBesideANoun {

        @Test
        void aDaughterSetOffBeforeHerNameIsNoHe() {
            Linking l = Linking.linked("Tibbald Hoskins came home late. His daughter, Wilda, was waiting at the table with her arms folded."
                    + "\n\n“Where were you?” Wilda asked.\n\n“At the harbor,” he said.");
            assertEquals("Tibbald Hoskins", l.name(1));
        }

        @Test
        void aDaughterSetOffBeforeHerFullNameIsTheShe() {
            Linking l = Linking.linked("Tibbald Hoskins, a ferry captain, died on Tuesday. He was 87.\n\n"
                    + "His daughter, Wilda Hoskins, said he had been ill. “He never missed a crossing,” she said.");
            assertEquals("Wilda Hoskins", l.name(0));
        }

        @Test
        void aDaughterSetOffAfterHerNameIsNoHe() {
            Linking l = Linking.linked("Tibbald Hoskins came home late. Wilda, his daughter, was waiting at the table with her arms folded."
                    + "\n\n“Where were you?” Wilda asked.\n\n“At the harbor,” he said.");
            assertEquals("Tibbald Hoskins", l.name(1));
        }
    }
    @Nested
    class OwnedDescriptionSetOffBeforeAName {

        @Test
        void hisWifeIsTheWifeNamedBefore() {
            Linking l = Linking.linked("Tibbald came home late. His wife, Tamsin, came in from the garden.\n\n"
                    + "Tibbald sat down.\n\nHis wife said, “There is soup on the stove.”");
            assertEquals("Tamsin", l.name(0));
        }

        @Test
        void aLawyerOfSomeoneNamedIsTheLawyerLater() {
            Linking l = Linking.linked("A jury found Orrin Vexley guilty of fraud.\n\n"
                    + "Vexley's lawyer, Teodor Halvorsen, said his client would appeal. "
                    + "“We believe the judge erred,” the lawyer said outside the courthouse.");
            assertEquals("Teodor Halvorsen", l.name(0));
        }

        @Test
        void aDaughterIsNamedAsWrittenNotByHerFathersFullName() {
            Linking l = Linking.linked("Tibbald Hoskins, a ferry captain, died on Tuesday. He was 87.\n\n"
                    + "His daughter, Wilda Hoskins, said he had been ill.\n\n"
                    + "His wife, Tamsin, died in 2011. “She alone could bring him ashore,” his daughter said.");
            assertEquals("Wilda Hoskins", l.name(0));
        }

        @Test
        void aPronounAfterASentenceOpenedByTheOwnedDescriptionIsTheOneNamed() {
            Linking l = Linking.linked("Mirela Vantry opened the bakery in May. Her partner, Ellery Brackett, handles the accounts. "
                    + "“We argued about the name for a month,” she said.\n\nHer partner agrees. “I wanted something simple,” he said.");
            assertEquals("Ellery Brackett", l.name(1));
        }

        @Test
        void theDaughterOfTheOneNamedSoIsSomeoneElse() {
            Linking l = Linking.linked("Mrs. Quarrie sat with her daughter, Mrs. Tollan, by the fire. "
                    + "Mrs. Tollan wept, and the girl beside her held her hand.\n\n“Hush, Mamma,” her daughter said.");
            assertNotEquals("Tollan", Sieves.lastWord(String.valueOf(l.name(0))));
        }
    }
    @Nested
    class OnePersonIsNotBothHeAndShe {

        @Test
        void aHeGoesToNoOneASheWasResolvedTo() {
            Linking l = Linking.linked("Vantry opened the bakery on Saturday. “We argued about the name for a month,” said Vantry. "
                    + "“It took forever,” she said.\n\nBrackett, who keeps the accounts, agrees. “I wanted something simple,” he said.");
            assertEquals("Vantry", l.name(1));
            assertNotEquals("Vantry", l.name(2));
        }

        @Test
        void aSurnameTheFamilySharesIsHeAndShe() {
            Linking l = Linking.linked("Mr. and Mrs. Quarrie kept the inn. Mrs. Quarrie came out first. “Late again,” she said."
                    + "\n\nMr. Quarrie followed her with a lamp. “Only an hour,” he said.");
            assertEquals("Quarrie", l.name(1));
        }
    }
    @Nested
    class NameOnlyOpeningSentences {

        @Test
        void aWordOpeningTwoSentencesBeforeAVerbInThePastIsSomeone() {
            Linking l = Linking.linked("“Mr. Brackwell,” said Lady Halcott. “And this must be your niece.”\n\n"
                    + "“It is, your ladyship,” said the old man.\n\nTamsin perched on the edge of a hard chair.\n\n"
                    + "“Your uncle tells me you read Greek,” said Lady Halcott.\n\n“A little.”\n\n"
                    + "Tamsin smiled. “Then I hope to prove him wrong.”\n\n"
                    + "“Brackwell, you did not tell me she was clever,” said Lady Halcott.");
            assertEquals("Tamsin", l.mention(5));
        }

        @Test
        void notAWordTheTextAlsoWritesInLowerCase() {
            Linking l = Linking.linked("Lady Halcott sat by the fire.\n\nRain tapped on the glass.\n\n"
                    + "“Your uncle tells me you read Greek,” said Lady Halcott.\n\n“A little.”\n\n"
                    + "Rain rattled the panes. The rain would not stop. “Then I hope to prove him wrong.”");
            assertNotEquals("Rain", l.mention(2));
        }
    }

    @Nested
    class AddressedOneOfAFamily {

        @Test
        void theOneAddressedWhoAnswersIsNotAKinswomanOfTheSameSurname() {
            Linking l = Linking.linked("Lady Halcott received them in the blue parlour.\n\n“Mr. Brackwell,” she said. “And this must be your niece.”"
                    + "\n\n“Miss Tamsin Brackwell, your ladyship,” said the old man, bowing.");
            assertNotEquals("Tamsin Brackwell", l.name(2));
        }
    }

    @Nested
    class PaperOfItsIssuer {

        @Test
        void theStatementIsTheOnesWhoPutOutAStatement() {
            Linking l = Linking.linked("Councillor Ilse Brackett posted a statement on Friday saying she was surprised. "
                    + "“Nobody on the committee was consulted,” the statement read.\n\nThe festival was cancelled on Thursday.");
            assertEquals("Ilse Brackett", l.name(0));
        }

        @Test
        void alsoAfterADatelineOfCapitalsAndADash() {
            Linking l = Linking.linked("PORT ELLERY -- Councillor Ilse Brackett posted a statement on Friday saying she was surprised. "
                    + "“Nobody on the committee was consulted,” the statement read.\n\nThe festival was cancelled on Thursday.");
            assertEquals("Ilse Brackett", l.name(0));
        }

        @Test
        void notAStatementOfAnotherWord() {
            Linking l = Linking.linked("Councillor Ilse Brackett posted a letter on Friday saying she was surprised. "
                    + "“Nobody on the committee was consulted,” the statement read.\n\nThe festival was cancelled on Thursday.");
            assertNotEquals("Ilse Brackett", l.name(0));
        }
    }

    @Nested
    class SurnameOfAFullNameResolvedBefore {

        @Test
        void aSurnameThatSpokeIsTheSheItsFullNameWasResolvedTo() {
            Linking l = Linking.linked("DUNMERE -- Fire Marshal Quennell Vardy told reporters on Monday that the fire was set. "
                    + "“This was not an accident,” she said.\n\nNo one was injured.\n\n"
                    + "“It shook the windows,” said Mirela Tovey, who lives across the street.\n\n"
                    + "Vardy said the cause of the fires was not yet known. “We are keeping an open mind,” she said.");
            assertEquals("Quennell Vardy", l.name(2));
        }
    }

    @Nested
    class SurnameOpeningATag {

        @Test
        void aSurnameOpeningTheTagOfAQuotationIsAPersonAPronounGoesTo() {
            Linking l = Linking.linked("HARROWGATE -- Mayor Abel Tindall opened the new pier on Monday.\n\n"
                    + "“The new pier opens at last!” Brannock said.\n\n“My father built the first pier,” he said.\n\n"
                    + "The pier cost four million pounds.");
            assertEquals("Brannock", l.name(1));
        }

        @Test
        void notAWordOpeningTheSentenceAfterAQuotationThatClosesItsOwn() {
            Linking l = Linking.linked("HARROWGATE -- Mayor Abel Tindall opened the new pier on Monday.\n\n"
                    + "“The new pier opens at last.” Brannock said nothing.\n\n“My father built the first pier,” he said.\n\n"
                    + "The pier cost four million pounds.");
            assertNotEquals("Brannock", l.name(1));
        }
    }

    @Nested
    class RoleWrittenRightBeforeAName {

        @Test
        void theSpokesmanIsTheOneWrittenAfterThatWord() {
            Linking l = Linking.linked("HARROWGATE -- The plant will close, spokesman Orrin Tallis said on Monday. "
                    + "The town council met on Tuesday and voted to oppose the plan.\n\n"
                    + "“No one will be left without an offer,” the spokesman said.");
            assertEquals("Orrin Tallis", l.name(0));
        }

        @Test
        void theCompanyIsNoCompanyNamedSoBefore() {
            Linking l = Linking.linked("HARROWGATE -- Shares of the ferry company Tidewell fell on Monday, spokesman Orrin Tallis said. "
                    + "The town council met on Tuesday and voted to oppose the plan.\n\n"
                    + "“We regret the delay,” the company said.");
            assertNotEquals("Tidewell", l.name(0));
        }

        @Test
        void aNameAfterTheRoleOpeningItsSentenceIsItsSubject() {
            Linking l = Linking.linked("HARROWGATE -- Abel Tindall scored twice on Saturday. “I felt it,” Tindall said.\n\n"
                    + "Rovers manager Orrin Halbrook, who was sent off at half-time, praised his side. “We were poor,” he admitted.\n\n"
                    + "Rovers travel to Brightwater next week. “One game at a time,” Halbrook said.\n\n"
                    + "Tickets go on sale on Monday.");
            assertEquals("Orrin Halbrook", l.name(1));
        }

        @Test
        void aNameAfterTheRoleOpeningItsSentenceBeforeItsVerbIsItsSubject() {
            Linking l = Linking.linked("HARROWGATE -- Abel Tindall scored twice on Saturday. “I felt it,” Tindall said.\n\n"
                    + "Rovers manager Orrin Halbrook thanked his team. “We were poor,” he admitted.\n\n"
                    + "Rovers travel to Brightwater next week.");
            assertEquals("Orrin Halbrook", l.name(1));
        }

        @Test
        void aRoleOpeningTheSentenceBeforeAnotherPersonsNameIsNotTheSubjects() {
            Linking l = Linking.linked("HARROWGATE -- Abel Tindall scored twice on Saturday. “I felt it,” Tindall said.\n\n"
                    + "The fans, who cheered manager Orrin Halbrook, sang on. “We were poor,” he admitted.\n\n"
                    + "Rovers travel to Brightwater next week.");
            assertEquals("Abel Tindall", l.name(1));
        }
    }
}
