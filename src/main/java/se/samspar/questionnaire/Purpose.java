package se.samspar.questionnaire;

/** What a questionnaire evaluates: the participant's whole programme, or a group's last session. */
public enum Purpose {
    EXIT,
    GROUP;

    public String translationKey() {
        return "questionnaire.purpose." + name();
    }
}
