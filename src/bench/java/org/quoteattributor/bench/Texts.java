package org.quoteattributor.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic benchmark inputs, written from our own sentence templates: news-like and
 * novel-like English with quotations, speakers and reporting verbs, and adversarial texts built to
 * stress one part of the pipeline each. The same name, size and seed always give the same text.
 *
 * <pre>{@code
 * String news = Texts.generate("news", Texts.chars("1MB"), Texts.SEED);
 * }</pre>
 *
 * <p>Sizes are in chars: {@code 1KB} is 1,000 chars and {@code 1MB} is 1,000,000 chars (the texts
 * are ASCII apart from curly quotation marks, so a char is about a byte of a UTF-8 file).
 */
public final class Texts {

    /** The seed every benchmark uses unless it needs several independent documents. */
    public static final long SEED = 20_250_611L;

    /** The inputs {@link #generate} knows, normal ones first. */
    public static final String[] KINDS = {
        "news", "novel", "quoteMarks", "unclosedQuote", "nestedQuotes", "unpunctuated", "shortSentences"
    };

    private Texts() {
    }

    /** Parses a size such as {@code 10KB}, {@code 1MB} or {@code 100MB} into a number of chars. */
    public static int chars(String size) {
        String s = size.strip().toUpperCase(Locale.ROOT);
        long scale = 1;
        if (s.endsWith("KB")) {
            scale = 1_000;
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("MB")) {
            scale = 1_000_000;
            s = s.substring(0, s.length() - 2);
        }
        long n = Long.parseLong(s.strip()) * scale;
        if (n <= 0 || n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("size out of range: " + size);
        }
        return (int) n;
    }

    /**
     * A text of exactly {@code chars} chars.
     *
     * @param kind one of {@link #KINDS}
     */
    public static String generate(String kind, int chars, long seed) {
        switch (kind) {
            case "news": return news(chars, seed);
            case "novel": return novel(chars, seed);
            case "quoteMarks": return quoteMarks(chars, seed);
            case "unclosedQuote": return unclosedQuote(chars, seed);
            case "nestedQuotes": return nestedQuotes(chars, seed);
            case "unpunctuated": return unpunctuated(chars, seed);
            case "shortSentences": return shortSentences(chars, seed);
            default: throw new IllegalArgumentException("unknown text kind: " + kind);
        }
    }

    // ---- news ----------------------------------------------------------------------------

    private static final String[] FIRST = {
        "Maria", "James", "Priya", "Daniel", "Aisha", "Tomas", "Helen", "Kenji", "Laura", "Samuel",
        "Olga", "Marcus", "Fatima", "Peter", "Ingrid", "Rosa", "Hannah", "Victor", "Chloe", "Ruben"
    };
    private static final String[] LAST = {
        "Alvarez", "Okafor", "Lindqvist", "Brennan", "Nakamura", "Whitfield", "Castellano", "Moreau",
        "Hughes", "Petrova", "Kowalski", "Osei", "Fairbanks", "Delgado", "Thornton", "Achterberg",
        "Ramsey", "Iverson", "Calloway", "Marchetti"
    };
    private static final String[] TITLE = {
        "Mayor", "Sen.", "Dr.", "Gov.", "Prof.", "Councillor", "Ms.", "Mr."
    };
    private static final String[] ROLE = {
        "a spokeswoman for", "the chief economist at", "the director of", "a senior analyst at",
        "the head of research at", "a lawyer representing", "a board member of", "the treasurer of"
    };
    private static final String[] ORG = {
        "the city council", "the Harbor Authority", "Northfield Bank", "the regional health board",
        "the teachers' union", "Greenway Transit", "the Ministry of Water", "Lakeside University",
        "the Riverside Tenants Association", "Brightline Energy"
    };
    private static final String[] NEWS_VERB = {
        "said", "told reporters", "added", "explained", "warned", "noted", "insisted", "argued",
        "wrote in an email", "acknowledged", "said in a statement", "told the committee"
    };
    private static final String[] SUBJECT = {
        "we", "our members", "the residents", "they", "the drivers", "most voters",
        "the families on this street", "local businesses", "the nurses", "the shop owners"
    };
    private static final String[] PREDICATE = {
        "will not accept", "cannot afford", "have been waiting for", "are deeply worried about",
        "will finally deliver", "do not support", "expect to see", "never promised",
        "are ready to discuss", "simply misunderstood", "won't walk away from", "can't ignore"
    };
    private static final String[] OBJECT = {
        "another delay", "a fair deal", "the proposed cuts", "clean water by the spring",
        "a second vote", "higher fares", "these changes", "the report's conclusions",
        "a full inquiry", "more transparency", "the new timetable", "a long winter"
    };
    private static final String[] TAIL = {
        "", "", " this year", " at any price", " before the election", " without a public hearing",
        " in the long run", " for the people who live here"
    };
    private static final String[] FRAGMENT = {
        "a step in the right direction", "deeply flawed", "long overdue", "a matter of trust",
        "reckless and unfair", "the best option we have", "premature", "a historic moment"
    };
    private static final String[] THING = {
        "proposal", "agreement", "budget", "report", "tender", "timetable", "merger", "inquiry"
    };

    private static String news(int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(chars + 1_000);
        while (b.length() < chars) {
            newsArticle(b, r);
        }
        return cut(b, chars);
    }

    /** One article: a headline, eight to fourteen paragraphs, most of them with a quotation. */
    private static void newsArticle(StringBuilder b, SplittableRandom r) {
        String[] cast = new String[3];
        for (int i = 0; i < cast.length; i++) {
            cast[i] = pick(r, FIRST) + " " + pick(r, LAST);
        }
        b.append(cap(pick(r, ORG))).append(" weighs ").append(pick(r, THING)).append(" as talks drag on\n\n");
        int paragraphs = 8 + r.nextInt(7);
        boolean[] introduced = new boolean[cast.length];
        for (int p = 0; p < paragraphs; p++) {
            int who = r.nextInt(cast.length);
            String full = cast[who];
            String last = full.substring(full.indexOf(' ') + 1);
            String name = introduced[who] ? last : full;
            introduced[who] = true;
            boolean curly = r.nextInt(4) != 0;
            String o = curly ? "\u201c" : "\"";
            String c = curly ? "\u201d" : "\"";
            String so = curly ? "\u2018" : "'";
            String sc = curly ? "\u2019" : "'";
            // About a third of the paragraphs are narration only, as in a typical report.
            switch (r.nextInt(16)) {
                case 0:
                    b.append(o).append(utterance(r)).append(',').append(c).append(' ').append(name)
                            .append(' ').append(pick(r, NEWS_VERB)).append('.');
                    break;
                case 1:
                    b.append(o).append(utterance(r)).append(',').append(c).append(" said ").append(name)
                            .append(", ").append(pick(r, ROLE)).append(' ').append(pick(r, ORG)).append('.');
                    break;
                case 2:
                    b.append(pick(r, TITLE)).append(' ').append(last).append(" told reporters that the ")
                            .append(pick(r, THING)).append(" was ").append(o).append(pick(r, FRAGMENT))
                            .append('.').append(c);
                    break;
                case 3:
                    b.append(o).append(utterance(r)).append(". ").append(utterance(r)).append(',').append(c)
                            .append(' ').append(name).append(" added.");
                    break;
                case 4:
                    b.append(full).append(", ").append(pick(r, ROLE)).append(' ').append(pick(r, ORG))
                            .append(", said: ").append(o).append(utterance(r)).append('.').append(c);
                    break;
                case 5:
                    b.append(o).append(utterance(r)).append(',').append(c).append(' ').append(name)
                            .append(" said. ").append(o).append(utterance(r)).append('.').append(c);
                    break;
                case 6:
                    b.append(o).append(utterance(r)).append(',').append(c).append(' ')
                            .append(r.nextBoolean() ? "she" : "he").append(" said in a statement.");
                    break;
                case 7:
                    b.append("According to ").append(name).append(", the ").append(pick(r, THING))
                            .append(" would be ").append(o).append(pick(r, FRAGMENT)).append(c).append('.');
                    break;
                case 8:
                    b.append(o).append(utterance(r)).append(", and some people have called it ").append(so)
                            .append(pick(r, FRAGMENT)).append(sc).append(',').append(c).append(' ').append(name)
                            .append(" said.");
                    break;
                case 9:
                    b.append("In an interview on ").append(weekday(r)).append(", ").append(name)
                            .append(" said the ").append(pick(r, THING)).append(" had been ").append(o)
                            .append(pick(r, FRAGMENT)).append(c).append(" from the start.");
                    break;
                default:
                    newsNarration(b, r);
                    b.append(' ');
                    newsNarration(b, r);
                    break;
            }
            if (r.nextInt(3) == 0) {
                b.append(' ');
                newsNarration(b, r);
            }
            b.append("\n\n");
        }
    }

    private static void newsNarration(StringBuilder b, SplittableRandom r) {
        switch (r.nextInt(9)) {
            case 6:
                b.append(pick(r, TITLE)).append(' ').append(pick(r, LAST)).append(", who was first elected in ")
                        .append(1990 + r.nextInt(30)).append(", did not respond to a request for comment.");
                break;
            case 7:
                b.append("Shares of ").append(pick(r, ORG)).append(" fell ").append(1 + r.nextInt(9)).append('.')
                        .append(r.nextInt(10)).append(" percent on ").append(weekday(r))
                        .append(", their lowest level since ").append(month(r)).append('.');
                break;
            case 8:
                b.append("Residents of the area, many of them retired, have complained for years about noise ")
                        .append("from the port and the lack of a late bus.");
                break;
            case 0:
                b.append(cap(pick(r, ORG))).append(" reported a ").append(1 + r.nextInt(40))
                        .append(" percent rise in complaints over the past ").append(2 + r.nextInt(10))
                        .append(" months.");
                break;
            case 1:
                b.append("The decision comes after ").append(2 + r.nextInt(20)).append(" weeks of talks between ")
                        .append(pick(r, ORG)).append(" and ").append(pick(r, ORG)).append('.');
                break;
            case 2:
                b.append("Officials expect the work to cost about $").append(1 + r.nextInt(900))
                        .append(".").append(r.nextInt(10)).append(" million, paid over ")
                        .append(2 + r.nextInt(8)).append(" years.");
                break;
            case 3:
                b.append("Critics have questioned whether ").append(pick(r, ORG))
                        .append(" can meet the deadline, set for ").append(month(r)).append(' ')
                        .append(1 + r.nextInt(28)).append('.');
                break;
            case 4:
                b.append("It was not immediately clear when the vote on the ").append(pick(r, THING))
                        .append(" would take place.");
                break;
            default:
                b.append("The ").append(pick(r, THING)).append(", which passed by a vote of ")
                        .append(5 + r.nextInt(6)).append(" to ").append(r.nextInt(5))
                        .append(", would raise fares by ").append(2 + r.nextInt(15)).append(" percent.");
                break;
        }
    }

    private static String utterance(SplittableRandom r) {
        return cap(pick(r, SUBJECT)) + " " + pick(r, PREDICATE) + " " + pick(r, OBJECT) + pick(r, TAIL);
    }

    // ---- novel ---------------------------------------------------------------------------

    private static final String[] CHARACTER = {
        "Eleanor", "Tobias", "Margaret", "Felix", "Clara", "Arthur", "Mrs. Pembroke", "Jonah",
        "Lucy", "Edmund", "old Mr. Hale", "the captain"
    };
    private static final String[] DIALOGUE_VERB = {
        "said", "asked", "whispered", "replied", "murmured", "called", "answered", "shouted",
        "muttered", "cried"
    };
    private static final String[] LINE = {
        "I don't think we should wait any longer", "You never listen to me", "It was only the wind",
        "We'll leave at first light", "That's not what she told me", "Come inside before you catch cold",
        "I won't say it again", "Nobody goes down to the river after dark", "You should have written to us",
        "There's a light in the north tower", "Let him sleep a little longer"
    };
    private static final String[] QUESTION = {
        "Where did you put the key", "Have you seen my brother", "Is that the last of the bread",
        "Who left the gate open", "Why didn't you wake me", "Can you hear the sea from here"
    };
    private static final String[] ACTION = {
        "setting down her cup", "without looking up", "turning toward the window",
        "folding the letter twice", "with a tired smile", "as the clock struck nine",
        "pulling on his gloves", "brushing the snow from her coat"
    };
    private static final String[] SCENE = {
        "The rain had not stopped since morning, and the lamps in the hall burned low.",
        "Nobody spoke for a long while; somewhere below, a door banged in the wind.",
        "It was the sort of house where nothing's ever thrown away, and every drawer held a "
                + "bundle of letters tied with string.",
        "By ten o'clock the fire had gone out, and the Hendersons' dog lay asleep across the threshold.",
        "Outside, the road to the village was white and empty, and the hedges bent under the weight of the snow.",
        "The kitchen smelled of bread and wet wool, and the kettle had begun to sing on the stove.",
        "Far off, beyond the orchard, the church bell rang once and was silent."
    };

    private static String novel(int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(chars + 1_000);
        int chapter = 1;
        while (b.length() < chars) {
            b.append("CHAPTER ").append(chapter++).append("\n\n");
            int paragraphs = 30 + r.nextInt(30);
            for (int p = 0; p < paragraphs; p++) {
                wrap(b, novelParagraph(r), 72);
                b.append("\n\n");
            }
        }
        return cut(b, chars);
    }

    private static String novelParagraph(SplittableRandom r) {
        boolean british = r.nextInt(5) == 0;
        boolean straight = !british && r.nextInt(5) == 0;
        String o = british ? "\u2018" : straight ? "\"" : "\u201c";
        String c = british ? "\u2019" : straight ? "\"" : "\u201d";
        String who = pick(r, CHARACTER);
        String pronoun = r.nextBoolean() ? "she" : "he";
        StringBuilder p = new StringBuilder(200);
        switch (r.nextInt(9)) {
            case 0:
                p.append(o).append(pick(r, LINE)).append(',').append(c).append(" said ").append(who).append('.');
                break;
            case 1:
                p.append(o).append(pick(r, QUESTION)).append('?').append(c).append(' ').append(who)
                        .append(" asked, ").append(pick(r, ACTION)).append('.');
                break;
            case 2:
                p.append(cap(who)).append(" stood by the door, ").append(pick(r, ACTION)).append(". ")
                        .append(o).append(pick(r, LINE)).append('.').append(c);
                break;
            case 3:
                p.append(o).append(pick(r, LINE)).append('.').append(c);
                break;
            case 4:
                p.append(o).append(pick(r, LINE)).append(',').append(c).append(' ').append(pronoun).append(' ')
                        .append(pick(r, DIALOGUE_VERB)).append(", ").append(o).append(lower(pick(r, LINE)))
                        .append('.').append(c);
                break;
            case 5:
                p.append(o).append(pick(r, LINE)).append('!').append(c).append(' ').append(cap(who))
                        .append(' ').append(pick(r, DIALOGUE_VERB)).append(". ").append(o)
                        .append("And tell them ").append(british ? '\u201c' : '\u2018').append(lower(pick(r, LINE)))
                        .append(british ? '\u201d' : '\u2019').append(", if they ask.").append(c);
                break;
            default:
                p.append(pick(r, SCENE));
                if (r.nextBoolean()) {
                    p.append(' ').append(pick(r, SCENE));
                }
                if (r.nextBoolean()) {
                    p.append(' ').append(cap(who)).append(" said nothing for a while, ")
                            .append(pick(r, ACTION)).append('.');
                }
                break;
        }
        return p.toString();
    }

    /** Appends {@code paragraph} hard-wrapped at {@code width} columns, as old books are. */
    private static void wrap(StringBuilder b, String paragraph, int width) {
        int col = 0;
        int i = 0;
        while (i < paragraph.length()) {
            int sp = paragraph.indexOf(' ', i);
            int end = sp < 0 ? paragraph.length() : sp;
            int len = end - i;
            if (col > 0 && col + 1 + len > width) {
                b.append('\n');
                col = 0;
            } else if (col > 0) {
                b.append(' ');
                col++;
            }
            b.append(paragraph, i, end);
            col += len;
            i = end + 1;
        }
    }

    // ---- adversarial ---------------------------------------------------------------------

    /** Every quotation-mark glyph the library knows, straight and curly, of all families. */
    private static final char[] MARKS = {
        '"', '\'', '`', '\u201c', '\u201d', '\u2018', '\u2019', '\u201e', '\u201a', '\u201f', '\u201b',
        '\u00ab', '\u00bb', '\u2039', '\u203a', '\u300c', '\u300d', '\u300e', '\u300f', '\u2032', '\u2033'
    };
    private static final String[] WORD = {
        "said", "the", "Smith", "she", "told", "river", "and", "Jones", "asked", "he", "of", "market",
        "plan", "Mrs.", "replied", "they", "bridge", "Anna", "wrote", "quietly"
    };

    /**
     * One mark per ten chars (1,000,000 marks in 10 MB) of every kind, placed before, after or
     * between words at random, in one long paragraph with an occasional sentence end.
     */
    private static String quoteMarks(int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(chars + 64);
        int marks = chars / 10;
        for (int m = 0; m < marks; m++) {
            char mark = MARKS[r.nextInt(MARKS.length)];
            String w = pick(r, WORD);
            switch (r.nextInt(3)) {
                case 0: b.append(mark).append(w); break;
                case 1: b.append(w).append(mark); break;
                default: b.append(w).append(' ').append(mark); break;
            }
            b.append(r.nextInt(12) == 0 ? ". " : " ");
            // Keep one mark per ten chars on average, whatever the words' lengths.
            long target = (long) (m + 1) * chars / marks;
            while (b.length() + 2 < target) {
                b.append(pick(r, WORD)).append(' ');
            }
        }
        return cut(b, chars);
    }

    /** One opening mark at the start, then narration to the end in one paragraph: the quotation never closes. */
    private static String unclosedQuote(int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(chars + 256);
        b.append('\u201c');
        while (b.length() < chars) {
            newsNarration(b, r);
            b.append(' ');
        }
        return cut(b, chars);
    }

    /**
     * {@code chars / 100} quotations nested inside each other (100,000 in 10 MB), alternating double
     * and single curly marks, then all of their closers, each part with a few words around it.
     */
    private static String nestedQuotes(int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(chars + 256);
        int depth = chars / 100;
        int half = chars / 2;
        for (int d = 0; d < depth; d++) {
            b.append(d % 2 == 0 ? '\u201c' : '\u2018').append(cap(pick(r, WORD))).append(' ');
            while (b.length() < (long) (d + 1) * half / depth - 1) {
                b.append(pick(r, WORD)).append(' ');
            }
        }
        for (int d = depth - 1; d >= 0; d--) {
            b.append(pick(r, WORD)).append(d % 2 == 0 ? ",\u201d" : ",\u2019").append(' ');
            while (b.length() < half + (long) (depth - d) * half / depth - 12) {
                b.append(pick(r, WORD)).append(' ');
            }
        }
        return cut(b, chars);
    }

    /**
     * Sentences of two to five words, each ending in a full stop, with no hyphen, mark or line
     * break: every word before a full stop asks whether it is an abbreviation, which must look at
     * that word alone.
     */
    private static String shortSentences(int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(chars + 64);
        while (b.length() < chars) {
            int words = 2 + r.nextInt(4);
            for (int w = 0; w < words; w++) {
                String word = pick(r, WORD);
                if (word.endsWith(".")) {
                    word = word.substring(0, word.length() - 1);
                }
                b.append(w == 0 ? cap(word) : word).append(w == words - 1 ? ". " : " ");
            }
        }
        return cut(b, chars);
    }

    /** Words and spaces only: one paragraph with no punctuation, no marks and no line break. */
    private static String unpunctuated(int chars, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder b = new StringBuilder(chars + 64);
        while (b.length() < chars) {
            String w = pick(r, WORD);
            b.append(w.endsWith(".") ? w.substring(0, w.length() - 1) : w).append(' ');
        }
        return cut(b, chars);
    }

    // ---- helpers -------------------------------------------------------------------------

    private static String cut(StringBuilder b, int chars) {
        while (b.length() < chars) {
            b.append(' ');
        }
        b.setLength(chars);
        return b.toString();
    }

    private static String pick(SplittableRandom r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String lower(String s) {
        return s.startsWith("I ") || s.startsWith("I'") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String weekday(SplittableRandom r) {
        return pick(r, new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"});
    }

    private static String month(SplittableRandom r) {
        return pick(r, new String[] {"January", "March", "April", "June", "September", "November"});
    }
}
