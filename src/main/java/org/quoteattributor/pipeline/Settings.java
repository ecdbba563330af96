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

    public Settings(Set<String> addedVerbs, Set<String> removedVerbs, boolean[] families, int maxSpeakerDistance) {
        this.verbs = new SpeechVerbs(addedVerbs, removedVerbs);
        this.families = families.clone();
        this.maxSpeakerDistance = maxSpeakerDistance;
    }
}
