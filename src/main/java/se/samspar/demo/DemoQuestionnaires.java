package se.samspar.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.samspar.participant.ParticipantRow;
import se.samspar.participant.PersonService;
import se.samspar.questionnaire.Answer;
import se.samspar.questionnaire.Purpose;
import se.samspar.questionnaire.QuestionnaireService;

/** Exit questionnaires answered by the demo participants who have exited, entered by staff. */
final class DemoQuestionnaires {

    private static final String[][] FREE_TEXT = {
        {"Att få komma i min egen takt", "Fler träffar i veckan", ""},
        {"Bemötandet och gruppen", "", "Tack för allt"},
    };

    private DemoQuestionnaires() {
    }

    static void answerForExited(QuestionnaireService questionnaires, PersonService persons, long programmeId,
                                LocalDate today) {
        int n = 0;
        for (ParticipantRow r : persons.acceptedIn(programmeId, today.minusYears(1))) {
            if (r.endDate() == null || questionnaires.hasAnswered(r.enrolmentId(), Purpose.EXIT, null)) {
                continue;
            }
            var template = questionnaires.template(programmeId, Purpose.EXIT);
            String[] texts = FREE_TEXT[n % FREE_TEXT.length];
            List<Answer> answers = new ArrayList<>(List.of(new Answer(6 - n % 2, null),
                    new Answer(5 - n % 3, n == 0 ? "Känner mig mer redo, men orken räcker inte alltid" : null),
                    new Answer(6, null)));
            for (String t : texts) {
                answers.add(new Answer(null, t));
            }
            if (answers.size() == template.items().size()) {
                questionnaires.answer(r.enrolmentId(), Purpose.EXIT, null, template.id(), answers, n % 2 == 1);
            }
            n++;
        }
    }
}
