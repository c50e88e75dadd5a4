package se.samspar.enrolment;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is registered when a participant leaves a programme (utregistrering).
 *
 * @param reasons exit reason codes; several may hold at once
 * @param otherComment required when {@link ExitReasons#OVRIGT} is among the reasons
 * @param occupation occupation at exit (a code of its list), if known
 * @param supportAfter sources of support after exit (codes)
 */
public record Exit(LocalDate endDate, Set<String> reasons, @Nullable String otherComment,
                   @Nullable String occupation, Set<String> supportAfter, boolean followUpWanted) {

    public static final int COMMENT_MAX = 1000;

    public Exit {
        reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
        supportAfter = supportAfter == null ? Set.of() : Set.copyOf(supportAfter);
        otherComment = se.samspar.base.TextInput.stripped(otherComment);
    }

    /** A felregistrering is never counted in any statistic. */
    public boolean countsInStatistics() {
        return !reasons.contains(ExitReasons.FELREGISTRERING);
    }
}
