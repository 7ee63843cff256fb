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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.brabant.regiotafel.region.Region;

/** One session of a region's table. Its version also guards the order of its agenda. */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "sequence_label", length = 60)
    private String sequenceLabel;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "proposal_deadline", nullable = false)
    private Instant proposalDeadline;

    @Column(length = 300)
    private String location;

    @Column(name = "online_link", length = 500)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /**
     * The iCalendar SEQUENCE: raised when the time or place changes or the meeting is cancelled.
     */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @Version private long version;

    protected Meeting() {}

    Meeting(Region region, Long createdBy) {
        this.region = region;
        this.createdBy = createdBy;
    }

    /** Takes the form's values; true when the time or place changed (a calendar update). */
    boolean describe(MeetingForm form) {
        boolean moved =
                id != null
                        && (!Objects.equals(startsAt, form.startsAt())
                                || !Objects.equals(endsAt, form.endsAt())
                                || !Objects.equals(location, form.location())
                                || !Objects.equals(onlineLink, form.onlineLink()));
        this.title = form.title();
        this.sequenceLabel = form.sequenceLabel();
        this.startsAt = form.startsAt();
        this.endsAt = form.endsAt();
        this.proposalDeadline = form.proposalDeadline();
        this.location = form.location();
        this.onlineLink = form.onlineLink();
        if (moved) {
            calendarSequence++;
        }
        return moved;
    }

    int getCalendarSequence() {
        return calendarSequence;
    }

    void cancelInCalendar() {
        status = MeetingStatus.CANCELLED;
        calendarSequence++;
    }

    Long getId() {
        return id;
    }

    Region getRegion() {
        return region;
    }

    String getTitle() {
        return title;
    }

    String getSequenceLabel() {
        return sequenceLabel;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return endsAt;
    }

    Instant getProposalDeadline() {
        return proposalDeadline;
    }

    String getLocation() {
        return location;
    }

    String getOnlineLink() {
        return onlineLink;
    }

    MeetingStatus getStatus() {
        return status;
    }

    void setStatus(MeetingStatus status) {
        this.status = status;
    }

    long getVersion() {
        return version;
    }
}
