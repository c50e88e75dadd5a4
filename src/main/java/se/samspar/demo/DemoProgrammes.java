package se.samspar.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.samspar.programme.PlaceKind;
import se.samspar.programme.ProgrammeKind;

/**
 * The six programmes of Samordningsförbundet Vänersborg/Mellerud's 2018 annual report, with their
 * places. Allocations that were still in force at the end of 2018 are left open-ended, so that
 * the demo shows places today as well.
 */
final class DemoProgrammes {

    private DemoProgrammes() {
    }

    record Places(PlaceKind kind, String label, int places, LocalDate from, @Nullable LocalDate to) {
    }

    record Spec(String name, ProgrammeKind kind, String shortDescription, String targetGroup, String purpose,
                @Nullable Integer minAge, @Nullable Integer maxAge, @Nullable Integer targetShare,
                LocalDate activeFrom, @Nullable LocalDate activeTo, List<Places> places) {
    }

    static final List<String> MUNICIPALITIES = List.of("Vänersborg", "Mellerud");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static final List<Spec> ALL = List.of(
            new Spec("Arbetsrehabteamet – rehabilitering", ProgrammeKind.INDIVIDUAL,
                    "Samordnad arbetslivsinriktad rehabilitering med två kontaktpersoner per deltagare.",
                    "Personer i arbetsför ålder i Vänersborg eller Mellerud som behöver stöd från fler än en av parterna för att nå arbete eller studier.",
                    "Att deltagarna genom samordnad rehabilitering når arbete eller studier. Insatsen inleds med en fyraveckorsgrupp, två träffar i veckan om tre timmar.",
                    18, 64, 40, d("2016-01-01"), null,
                    List.of(new Places(PlaceKind.BUDGETED, "", 50, d("2018-01-01"), null),
                            new Places(PlaceKind.FOLLOW_UP, "", 20, d("2018-01-01"), null))),
            new Spec("Arbetsrehabteamet – förrehabilitering", ProgrammeKind.BOTH,
                    "Förberedande insats i grupp och individuellt, 24 pass med löpande intag.",
                    "Personer i arbetsför ålder, bosatta i Melleruds eller Vänersborgs kommun, som behöver en förberedande och stödjande insats innan arbetslivsinriktad rehabilitering.",
                    "Förrehabilitering är en förberedande insats med syftet att deltagarna ska stärkas för att kunna ta nästa steg mot arbetslivet: struktur i vardagen, social samvaro och egna resurser.",
                    18, 64, null, d("2018-09-01"), null,
                    List.of(new Places(PlaceKind.BUDGETED, "", 12, d("2018-09-01"), null))),
            new Spec("Arbetsrehabteamet – utredning", ProgrammeKind.INDIVIDUAL,
                    "Tidsbegränsad utredning av arbetsförmåga. Avslutad i juni 2018.",
                    "Personer i arbetsför ålder där arbetsförmågan behöver utredas gemensamt av parterna.",
                    "Att ge parterna ett gemensamt underlag om deltagarens arbetsförmåga.",
                    18, 64, null, d("2016-10-01"), d("2018-06-30"),
                    List.of(new Places(PlaceKind.BUDGETED, "", 169, d("2016-10-01"), d("2018-06-30")))),
            new Spec("Hikikomori", ProgrammeKind.BOTH,
                    "Stöd till unga vuxna som isolerat sig i hemmet, på deras egna villkor.",
                    "Unga vuxna 16–29 år som av psykiska eller sociala skäl isolerat sig hemma. Insatsen avslutas efter att deltagaren fyllt 30.",
                    "Att motverka socialt utanförskap och stötta unga vuxna att bryta isolering, få en fungerande vardag och känna sig mer delaktiga i samhället.",
                    16, 29, null, d("2016-01-01"), null,
                    List.of(new Places(PlaceKind.BUDGETED, "", 10, d("2016-01-01"), d("2017-02-28")),
                            new Places(PlaceKind.OTHER, "Utslussning", 5, d("2016-01-01"), d("2017-02-28")),
                            new Places(PlaceKind.BUDGETED, "", 15, d("2017-03-01"), null),
                            new Places(PlaceKind.OTHER, "Utslussning", 5, d("2017-03-01"), null))),
            new Spec("Hälsoskolan", ProgrammeKind.HEADCOUNT,
                    "Gruppkurs om hälsa för nyanlända, med tolk på gruppens språk.",
                    "Nyanlända flyktingar 18–64 år. Varje grupp har ett språk och en tolk.",
                    "Att ge nyanlända kunskap om hälsa och om hur vården fungerar i Sverige, 6–7 tillfällen om tre timmar med olika specialister.",
                    18, 64, null, d("2017-08-01"), null,
                    List.of(new Places(PlaceKind.OTHER, "Platser per grupp", 12, d("2017-08-01"), null))),
            new Spec("Arbetsintegrerande sociala företag (ASF)", ProgrammeKind.BOTH,
                    "Arbetsträning i lokala sociala företag och inspirationsutbildningar.",
                    "Personer långt från arbetsmarknaden som kan ta nästa steg genom arbetsträning i ett socialt företag.",
                    "Att fler får arbetsträning och anställning i arbetsintegrerande sociala företag, och att fler sådana företag startar.",
                    18, 64, null, d("2018-01-01"), null,
                    List.of(new Places(PlaceKind.BUDGETED, "", 10, d("2018-01-01"), null))));
}
