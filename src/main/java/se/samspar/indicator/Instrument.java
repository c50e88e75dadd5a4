package se.samspar.indicator;

import java.util.List;

/**
 * One version of a respondent group's indicator questions with their scale. A locked instrument
 * (the NNS wording, or one an occasion has used) is never reworded: a change is a new version,
 * and the occasions that used the old one keep it.
 */
public record Instrument(long id, RespondentGroup group, int versionNo, String name, Scale scale, boolean locked,
                         boolean active, List<String> questions) {

    public Instrument {
        questions = List.copyOf(questions);
    }
}
