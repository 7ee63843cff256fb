package nl.brabant.regiotafel.meeting.export;

import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orDash;
import static nl.brabant.regiotafel.base.format.DocumentText.orEmpty;

import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.base.docx.WordStyle;
import nl.brabant.regiotafel.base.docx.WordTables;
import nl.brabant.regiotafel.base.format.DateFormats;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * A meeting's agenda and its minutes as editable Dutch Word documents, with the same content as the
 * PDFs: the facts of the meeting, the agenda items, and in the minutes who attended, what was said
 * per item, the decisions and the action items. The meeting's title and date are in the footer.
 */
@Component
public class MeetingDocxExporter {

    public byte[] agenda(MeetingDocument m) {
        XWPFDocument document = start("Agenda", m);
        WordStyle.heading(document, 1, "Agendapunten");
        List<AgendaEntry> agenda = orEmpty(m.agenda());
        if (agenda.isEmpty()) {
            WordStyle.note(document, "Geen agendapunten vastgelegd.");
        } else {
            XWPFTable table =
                    WordTables.table(
                            document, "Nr", "Start", "Duur", "Onderwerp", "Inbrenger", "Thema's");
            for (AgendaEntry item : agenda) {
                WordTables.row(
                        table,
                        String.valueOf(item.number()),
                        DateFormats.documentTime(item.start()),
                        item.minutes() > 0 ? item.minutes() + " min" : null,
                        isBlank(item.explanation())
                                ? orDash(item.title())
                                : orDash(item.title()) + "\n" + item.explanation(),
                        item.presenter(),
                        item.themes());
            }
        }
        WordStyle.heading(document, 1, "Openstaande actiepunten uit eerdere regiotafels");
        actions(document, m.followUps(), "Geen openstaande actiepunten.");
        return finish(document, "Agenda", m);
    }

    public byte[] minutes(MeetingDocument m) {
        XWPFDocument document = start("Verslag", m);
        WordStyle.heading(document, 1, "Aanwezigen");
        List<AttendeeEntry> attendees = orEmpty(m.attendees());
        if (attendees.isEmpty()) {
            WordStyle.note(document, "Geen deelnemers vastgelegd.");
        } else {
            XWPFTable table =
                    WordTables.table(document, "Naam", "Organisatie", "Aanmelding", "Aanwezig");
            for (AttendeeEntry a : attendees) {
                WordTables.row(
                        table,
                        a.name(),
                        a.organisation(),
                        a.rsvpLabel(),
                        a.attended() == null ? "onbekend" : a.attended() ? "ja" : "nee");
            }
        }
        WordStyle.heading(document, 1, "Verslag per agendapunt");
        List<AgendaEntry> agenda = orEmpty(m.agenda());
        if (agenda.isEmpty()) {
            WordStyle.note(document, "Geen agendapunten vastgelegd.");
        }
        for (AgendaEntry item : agenda) {
            WordStyle.heading(document, 2, item.number() + ". " + orDash(item.title()));
            if (isBlank(item.minutesText())) {
                WordStyle.note(document, "Geen verslag vastgelegd.");
            } else {
                WordStyle.paragraph(document, item.minutesText().strip());
            }
        }
        WordStyle.heading(document, 1, "Besluiten");
        List<DecisionEntry> decisions = orEmpty(m.decisions());
        if (decisions.isEmpty()) {
            WordStyle.note(document, "Geen besluiten vastgelegd.");
        } else {
            XWPFTable table = WordTables.table(document, "Nr", "Besluit", "Thema");
            for (DecisionEntry d : decisions) {
                WordTables.row(table, "B" + d.number(), d.text(), d.theme());
            }
        }
        WordStyle.heading(document, 1, "Actiepunten");
        actions(document, m.actions(), "Geen actiepunten vastgelegd.");
        return finish(document, "Verslag", m);
    }

    private static XWPFDocument start(String heading, MeetingDocument m) {
        XWPFDocument document = WordStyle.create();
        if (!isBlank(m.regionName())) {
            WordStyle.paragraph(document, m.regionName());
        }
        WordStyle.styled(document, WordStyle.TITLE, heading);
        if (!isBlank(m.title())) {
            WordStyle.styled(document, WordStyle.SUBTITLE, m.title());
        }
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Bijeenkomst", m.sequenceLabel()});
        facts.add(new String[] {"Datum en tijd", DateFormats.documentPeriod(m.start(), m.end())});
        facts.add(new String[] {"Locatie", m.location()});
        if (!isBlank(m.onlineLink())) {
            facts.add(new String[] {"Online", m.onlineLink()});
        }
        if (!isBlank(m.statusLabel())) {
            facts.add(new String[] {"Status", m.statusLabel()});
        }
        WordTables.facts(document, facts);
        return document;
    }

    private static byte[] finish(XWPFDocument document, String heading, MeetingDocument m) {
        String title = heading + " – " + (isBlank(m.title()) ? "regiotafel" : m.title());
        document.getProperties().getCoreProperties().setTitle(title);
        WordStyle.footer(
                document,
                title + (m.start() == null ? "" : " · " + DateFormats.documentLongDate(m.start())));
        return WordStyle.bytes(document);
    }

    private static void actions(XWPFDocument document, List<ActionEntry> given, String none) {
        List<ActionEntry> actions = orEmpty(given);
        if (actions.isEmpty()) {
            WordStyle.note(document, none);
            return;
        }
        XWPFTable table =
                WordTables.table(document, "Omschrijving", "Eigenaar", "Deadline", "Status");
        for (ActionEntry a : actions) {
            WordTables.row(
                    table,
                    a.description(),
                    a.owner(),
                    DateFormats.documentDate(a.due()),
                    a.statusLabel());
        }
    }
}
