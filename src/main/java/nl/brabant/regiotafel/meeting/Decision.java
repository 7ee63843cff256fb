package nl.brabant.regiotafel.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.brabant.regiotafel.region.Theme;

/** What the table decided; numbered per meeting (B1, B2, ...). */
@Entity
@Table(name = "decision")
class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Theme theme;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Decision() {}

    Decision(
            Meeting meeting,
            int number,
            String text,
            Theme theme,
            Long agendaItemId,
            Long createdBy) {
        this.meeting = meeting;
        this.number = number;
        this.text = text;
        this.theme = theme;
        this.agendaItemId = agendaItemId;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    Meeting getMeeting() {
        return meeting;
    }

    int getNumber() {
        return number;
    }

    String getText() {
        return text;
    }

    Theme getTheme() {
        return theme;
    }

    Long getAgendaItemId() {
        return agendaItemId;
    }
}
