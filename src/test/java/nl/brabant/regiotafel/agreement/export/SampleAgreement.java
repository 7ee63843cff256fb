package nl.brabant.regiotafel.agreement.export;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A realistic, fictional agreement of Regio Hart van Brabant for the export tests. */
final class SampleAgreement {

    static final String TITLE = "Afspraken huisvesting en registratie arbeidsmigranten 2026–2029";
    static final String SCRIPT_HEADING = "<script>alert(1)</script> Handhaving en toezicht";
    static final List<String> MUNICIPALITIES =
            List.of(
                    "Tilburg",
                    "Waalwijk",
                    "Loon op Zand",
                    "Dongen",
                    "Oisterwijk",
                    "Gilze en Rijen",
                    "Goirle",
                    "Hilvarenbeek",
                    "Heusden");

    private SampleAgreement() {}

    static AgreementDocument adopted() {
        List<AdoptionLine> adoptions =
                IntStream.range(0, MUNICIPALITIES.size())
                        .mapToObj(
                                i ->
                                        new AdoptionLine(
                                                "Gemeente " + MUNICIPALITIES.get(i),
                                                LocalDate.of(2026, 4, 2 + i),
                                                "Raadsbesluit 2026-" + (101 + i),
                                                i % 2 == 0
                                                        ? "Noëlle van den Berg"
                                                        : "José Verhoeven"))
                        .toList();
        return new AgreementDocument(
                "Regio Hart van Brabant",
                TITLE,
                "Vastgesteld 1.0",
                "Vastgesteld",
                "Alle gemeenten in de regio",
                ZonedDateTime.of(2026, 3, 12, 23, 30, 0, 0, ZoneId.of("UTC")),
                "José Verhoeven",
                List.of("Huisvesting", "Registratie", "Handhaving"),
                adoptions,
                articles(),
                List.of(
                        new CommitmentLine(
                                "Realiseren short-stay huisvesting",
                                "Gemeente Tilburg",
                                "Huisvesting",
                                "400 bedden, max. € 1.250 per bed",
                                LocalDate.of(2027, 12, 31),
                                "Aantal gerealiseerde bedden",
                                "120 van 400",
                                "In uitvoering"),
                        new CommitmentLine(
                                "Alle arbeidsmigranten ingeschreven in de BRP of RNI",
                                "Łukasz Kowalski",
                                "Registratie",
                                "95% ingeschreven",
                                LocalDate.of(2026, 10, 1),
                                "Percentage ingeschreven",
                                null,
                                "Open"),
                        new CommitmentLine(
                                "Gezamenlijke controles bij uitzendbureaus",
                                "Regio Hart van Brabant",
                                "Handhaving",
                                "12 controles per jaar",
                                LocalDate.of(2026, 12, 15),
                                "Aantal controles",
                                "3 uitgevoerd",
                                "Op schema")));
    }

    /**
     * A draft: two of the nine municipalities have adopted it, no commitments yet, no scope or
     * themes.
     */
    static AgreementDocument draft() {
        List<AdoptionLine> adoptions = new ArrayList<>();
        for (int i = 0; i < MUNICIPALITIES.size(); i++) {
            boolean adopted = i < 2;
            adoptions.add(
                    new AdoptionLine(
                            "Gemeente " + MUNICIPALITIES.get(i),
                            adopted ? LocalDate.of(2026, 5, 20 + i) : null,
                            adopted ? "Raadsbesluit 2026-0" + i : null,
                            null));
        }
        return new AgreementDocument(
                "Regio Hart van Brabant",
                TITLE,
                "Concept 0.3",
                "Concept",
                null,
                ZonedDateTime.of(2026, 5, 1, 9, 0, 0, 0, ZoneId.of("Europe/Amsterdam")),
                null,
                null,
                adoptions,
                articles().subList(0, 2),
                null);
    }

    /** Forty articles of a few paragraphs each: several pages. */
    static AgreementDocument long40() {
        List<ArticleLine> articles =
                IntStream.rangeClosed(1, 40)
                        .mapToObj(
                                n ->
                                        new ArticleLine(
                                                n,
                                                "Afspraak over onderwerp " + n,
                                                "De gemeenten spreken af dat zij onderwerp "
                                                        + n
                                                        + " samen oppakken en elkaar informeren."
                                                        + "\n\n- eerste stap voor onderwerp "
                                                        + n
                                                        + "\n- tweede stap\n\n"
                                                        + "Over de voortgang wordt jaarlijks gerapporteerd aan de regiotafel."))
                        .toList();
        return new AgreementDocument(
                "Regio Hart van Brabant",
                TITLE,
                "Concept 0.9",
                "Concept",
                null,
                null,
                null,
                List.of(),
                List.of(),
                articles,
                List.of());
    }

    private static List<ArticleLine> articles() {
        return List.of(
                new ArticleLine(
                        1,
                        "Doel en reikwijdte",
                        "Deze afspraken regelen hoe de negen gemeenten van Regio "
                                + "Hart van Brabant samenwerken aan goede huisvesting, registratie en bescherming van "
                                + "arbeidsmigranten.\n\nDe afspraken gelden voor alle gemeenten die ze hebben vastgesteld."),
                new ArticleLine(
                        2,
                        "Huisvesting",
                        "Iedere gemeente draagt naar rato bij aan de huisvestingsopgave."
                                + "\n\n- short-stay: locaties voor verblijf tot zes maanden\n"
                                + "- mid-stay: woonruimte voor verblijf tot drie jaar, met een eigen keuken en sanitair "
                                + "per maximaal vier bewoners, zodat ook een langere regel netjes afbreekt\n"
                                + "- long-stay: reguliere woningen"),
                new ArticleLine(
                        3,
                        "Registratie (BRP/RNI)",
                        "Gemeenten bevorderen inschrijving:\n"
                                + "- voorlichting in het Pools, Roemeens en Engels\n- een gezamenlijk inschrijfpunt in Tilburg"),
                new ArticleLine(
                        4,
                        SCRIPT_HEADING,
                        "De gemeenten controleren gezamenlijk.\n\n"
                                + "- signalen worden binnen twee weken opgepakt\n  - met terugkoppeling aan de melder\n"
                                + "- resultaten komen in de jaarrapportage"),
                new ArticleLine(
                        5,
                        "Monitoring en evaluatie",
                        "Jaarlijks verschijnt een monitor. Het budget "
                                + "bedraagt € 45.000 per jaar, verdeeld naar inwonertal.\n\n"
                                + "Na drie jaar volgt een evaluatie door een onafhankelijk bureau (ingeschat op € 20.000)."));
    }
}
