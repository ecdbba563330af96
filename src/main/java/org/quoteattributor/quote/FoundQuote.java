package org.quoteattributor.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * A quotation as the pipeline works on it: mutable while the stages fill it in, turned into the
 * public {@link org.quoteattributor.Quote} at the end. Internal, not API.
 */
public final class FoundQuote {

    /** Span including the marks, and content between them (offsets into the text). */
    public int start;
    public int end;
    public int contentStart;
    public int contentEnd;
    /** Token indices of the opening and closing marks; -1 where the mark is missing. */
    public int openMark = -1;
    public int closeMark = -1;
    /** Index of the paragraph that holds the opening of the quotation. */
    public int paragraph;
    /** Shared by the parts of one interrupted or continued quotation; -1 until assigned. */
    public int group = -1;
    /** True for dialogue opened by a dash at the start of a paragraph, with no marks at all. */
    public boolean dialogueDash;
    /** True when the closing mark also closed a nested quotation of the same family ({@code “a “b” c”}). */
    public boolean closedPendingNested;
    /**
     * Offsets of the inner opener and closer of a nested quotation typed with the outer one's
     * family ({@code “a “b” c”}) whose closer was first read as the outer closer: {@code
     * [innerOpenStart, innerOpenEnd, innerCloseStart, innerCloseEnd]}, or null.
     */
    public int[] sameMarkInner;
    /** True for single-mark quotations ({@code ‘…’}). */
    public boolean single;
    /** Content spans of quotations nested inside, as start/end pairs. */
    public List<int[]> nested;

    // Filled in by the speaker linker.
    public int speakerStart = -1;
    public int speakerEnd = -1;
    /** 0 name, 1 pronoun, 2 description (the ordinals of Speaker.Type). */
    public int speakerType;
    public String speakerName;
    public int cueStart = -1;
    public int cueEnd = -1;
    public String rule = "none";
    public boolean mixed;
    /** A quoted term, title or scare quote rather than speech. */
    public boolean term;
    /** To whom it was said, when the text tells: -1 when nobody; type and name as for the speaker. */
    public int addresseeStart = -1;
    public int addresseeEnd = -1;
    public int addresseeType;
    public String addresseeName;
    /** Reported speech without marks: span and content are the reported clause. */
    public boolean indirect;

    void addNested(int s, int e) {
        if (e < s || s < start) {
            return;   // a nested opening cut off by the end of its paragraph
        }
        if (nested == null) {
            nested = new ArrayList<>(2);
        }
        nested.add(new int[] {s, e});
    }

    /**
     * The part of this quotation from offset {@code from} (a mark's start) with content from
     * {@code contentFrom} to its end: a copy of its attribution, group and kind, with the nested
     * spans that lie in it. This quotation keeps the rest; the caller sets its end.
     */
    public FoundQuote tailFrom(int from, int contentFrom) {
        FoundQuote tail = new FoundQuote();
        tail.start = from;
        tail.contentStart = contentFrom;
        tail.end = end;
        tail.contentEnd = contentEnd;
        tail.closeMark = closeMark;
        tail.paragraph = paragraph;
        tail.group = group;
        tail.single = single;
        tail.copySpeakerFrom(this, rule);
        tail.mixed = mixed;
        tail.term = term;
        tail.addresseeStart = addresseeStart;
        tail.addresseeEnd = addresseeEnd;
        tail.addresseeType = addresseeType;
        tail.addresseeName = addresseeName;
        if (nested != null) {
            for (int[] span : nested) {
                if (span[0] >= contentFrom) {
                    tail.addNested(span[0], span[1]);
                }
            }
        }
        return tail;
    }

    public boolean hasSpeaker() {
        return speakerStart >= 0;
    }

    /** Takes the speaker away (its span and name), leaving the quotation to rule {@code none}; the cue stays. */
    public void dropSpeaker() {
        speakerStart = -1;
        speakerEnd = -1;
        speakerName = null;
        rule = "none";
    }

    /** Copies the attribution of {@code other} into this quotation, under {@code ruleName}. */
    public void copySpeakerFrom(FoundQuote other, String ruleName) {
        speakerStart = other.speakerStart;
        speakerEnd = other.speakerEnd;
        speakerType = other.speakerType;
        speakerName = other.speakerName;
        cueStart = other.cueStart;
        cueEnd = other.cueEnd;
        rule = ruleName;
    }

    @Override
    public String toString() {
        return "FoundQuote[" + start + ", " + end + ")";
    }
}
