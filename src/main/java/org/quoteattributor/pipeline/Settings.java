package org.quoteattributor.pipeline;

import java.util.Set;
import org.quoteattributor.lexicon.SpeechVerbs;

/**
 * The checked configuration of one attributor, in the shape the stages use. Immutable.
 * Internal, not API.
 */
public final class Settings {

    final SpeechVerbs verbs;
    final boolean[] families;
    final int maxSpeakerDistance;
    final boolean includeTerms;
    final boolean includeIndirect;

    public Settings(Set<String> addedVerbs, Set<String> removedVerbs, boolean[] families, int maxSpeakerDistance,
                    boolean includeTerms, boolean includeIndirect) {
        this.includeTerms = includeTerms;
        this.includeIndirect = includeIndirect;
        this.verbs = new SpeechVerbs(addedVerbs, removedVerbs);
        this.families = families.clone();
        this.maxSpeakerDistance = maxSpeakerDistance;
    }
}
