package nl.brabant.regiotafel.meeting.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A realistic, fictional regiotafel meeting for the export tests. */
final class SampleMeeting {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String SCRIPT_TITLE = "<script>alert(1)</script> Huisvesting";

    private SampleMeeting() {}

    /** The third meeting once the table approved its minutes: what goes to the archive. */
    static MeetingDocument approvedMeeting() {
        return thirdMeeting("Verslag vastgesteld");
    }

    static MeetingDocument thirdMeeting(String statusLabel) {
        return new MeetingDocument(
                "Regio Hart van Brabant",
                "Regiotafel arbeidsmigratie maart",
                "3e regiotafel",
                ZonedDateTime.of(2026, 3, 12, 14, 0, 0, 0, AMSTERDAM),
                ZonedDateTime.of(2026, 3, 12, 16, 30, 0, 0, AMSTERDAM),
                "Stadhuis Tilburg, Stadhuisplein 130",
                "https://meet.example.org/regiotafel-hvb",
                statusLabel,
                List.of(
                        new AgendaEntry(
                                1,
                                LocalTime.of(14, 0),
                                20,
                                "Opening en mededelingen",
                                "Noëlle van den Berg",
                                "Algemeen",
                                null,
                                "De voorzitter opent de vergadering en heet iedereen welkom."),
                        new AgendaEntry(
                                2,
                                LocalTime.of(14, 20),
                                45,
                                SCRIPT_TITLE,
                                "José Verhoeven",
                                "Huisvesting",
                                "Stand van zaken short-stay locaties; kosten € 1.250 per bed.",
                                "Er zijn drie locaties in voorbereiding. Gemeenten delen hun ervaringen."),
                        new AgendaEntry(
                                3,
                                LocalTime.of(15, 5),
                                30,
                                "Registratie arbeidsmigranten (BRP/RNI)",
                                "Inge Brouwer",
                                "Registratie, Informatievoorziening",
                                null,
                                null),
                        new AgendaEntry(
                                4,
                                LocalTime.of(15, 35),
                                15,
                                "Begroting 2027 – € 45.000 voor voorlichting",
                                "Inge Brouwer",
                                "Financiën",
                                null,
                                "Akkoord – € 45.000 wordt gereserveerd.")),
                List.of(
                        new ActionEntry(
                                "Overzicht huisvestingslocaties aanvullen",
                                "Gemeente Waalwijk",
                                LocalDate.of(2026, 2, 27),
                                "Open")),
                List.of(
                        new DecisionEntry(
                                1,
                                "De regio stelt een gezamenlijk huisvestingsplan op.",
                                "Huisvesting"),
                        new DecisionEntry(
                                2, "Registratie in de BRP wordt actief bevorderd.", "Registratie")),
                List.of(
                        new ActionEntry(
                                "Concept huisvestingsplan opstellen",
                                "José Verhoeven",
                                LocalDate.of(2026, 4, 9),
                                "Open"),
                        new ActionEntry(
                                "Voorlichting registratie organiseren",
                                "Inge Brouwer",
                                LocalDate.of(2026, 5, 14),
                                "In uitvoering")),
                List.of(
                        new AttendeeEntry(
                                "Noëlle van den Berg", "Gemeente Tilburg", "Aangemeld", true),
                        new AttendeeEntry("José Verhoeven", "Gemeente Waalwijk", "Aangemeld", true),
                        new AttendeeEntry(
                                "Inge Brouwer", "Stichting Werk en Wonen", "Afgemeld", false)));
    }

    static MeetingDocument emptyMeeting() {
        return new MeetingDocument(
                null,
                "",
                null,
                ZonedDateTime.of(2026, 6, 4, 10, 0, 0, 0, AMSTERDAM),
                null,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
