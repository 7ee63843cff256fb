package nl.brabant.regiotafel.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Something someone (a person or an organisation) will do by a date; followed up until done. */
@Entity
@Table(name = "action_item")
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "decision_id")
    private Long decisionId;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "owner_user_id")
    private Long ownerUserId;

    @Column(name = "owner_organisation_id")
    private Long ownerOrganisationId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ActionItemStatus status = ActionItemStatus.OPEN;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @Version private long version;

    protected ActionItem() {}

    ActionItem(Long regionId, Long meetingId, ActionItemForm form, Long createdBy) {
        this.regionId = regionId;
        this.meetingId = meetingId;
        this.decisionId = form.decisionId();
        this.agendaItemId = form.agendaItemId();
        this.description = form.description();
        this.ownerUserId = form.ownerUserId();
        this.ownerOrganisationId = form.ownerOrganisationId();
        this.dueDate = form.dueDate();
        this.createdBy = createdBy;
    }

    void changeStatus(ActionItemStatus status) {
        this.status = status;
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    Long getRegionId() {
        return regionId;
    }

    Long getMeetingId() {
        return meetingId;
    }

    Long getDecisionId() {
        return decisionId;
    }

    Long getAgendaItemId() {
        return agendaItemId;
    }

    String getDescription() {
        return description;
    }

    Long getOwnerUserId() {
        return ownerUserId;
    }

    Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    ActionItemStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }
}
