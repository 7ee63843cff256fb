package nl.brabant.regiotafel.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.brabant.regiotafel.region.Theme;

/** A proposed, accepted or rejected item on a meeting's agenda; holds its part of the minutes. */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String explanation;

    @Column(name = "presenter_name", length = 200)
    private String presenterName;

    @Column(name = "presenter_organisation", length = 200)
    private String presenterOrganisation;

    @Column(name = "proposed_minutes", nullable = false)
    private int proposedMinutes;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgendaItemStatus status = AgendaItemStatus.PROPOSED;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @Column(nullable = false)
    private int position;

    @Column(name = "minutes_text", columnDefinition = "TEXT")
    private String minutesText;

    @Column(name = "proposed_by")
    private Long proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_item_theme", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 32)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @Column(nullable = false)
    private boolean confidential;

    @Version private long version;

    protected AgendaItem() {}

    AgendaItem(Meeting meeting, Long proposedBy, int position) {
        this.meeting = meeting;
        this.proposedBy = proposedBy;
        this.position = position;
    }

    void describe(AgendaItemForm form) {
        this.title = form.title();
        this.explanation = form.explanation();
        this.presenterName = form.presenterName();
        this.presenterOrganisation = form.presenterOrganisation();
        this.proposedMinutes = form.proposedMinutes();
        if (status != AgendaItemStatus.ACCEPTED) {
            this.durationMinutes = form.proposedMinutes();
        }
        this.themes.clear();
        this.themes.addAll(form.themes());
    }

    void accept(int minutes) {
        this.status = AgendaItemStatus.ACCEPTED;
        this.durationMinutes = minutes;
        this.rejectionReason = null;
    }

    void reject(String reason) {
        this.status = AgendaItemStatus.REJECTED;
        this.rejectionReason = reason;
    }

    Long getId() {
        return id;
    }

    Meeting getMeeting() {
        return meeting;
    }

    String getTitle() {
        return title;
    }

    String getExplanation() {
        return explanation;
    }

    String getPresenterName() {
        return presenterName;
    }

    String getPresenterOrganisation() {
        return presenterOrganisation;
    }

    int getProposedMinutes() {
        return proposedMinutes;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    void setDurationMinutes(int minutes) {
        this.durationMinutes = minutes;
    }

    AgendaItemStatus getStatus() {
        return status;
    }

    String getRejectionReason() {
        return rejectionReason;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    String getMinutesText() {
        return minutesText;
    }

    void setMinutesText(String text) {
        this.minutesText = text;
    }

    Long getProposedBy() {
        return proposedBy;
    }

    Set<Theme> getThemes() {
        return themes;
    }

    boolean isConfidential() {
        return confidential;
    }

    void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    long getVersion() {
        return version;
    }
}
