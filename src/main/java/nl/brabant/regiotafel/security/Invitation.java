package nl.brabant.regiotafel.security;

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

/** An invitation to a region (or, for a province role, to all regions), until it is answered. */
@Entity
@Table(name = "invitation")
class Invitation {

    enum Status {
        PENDING,
        ACCEPTED,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "region_id")
    private Long regionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "invited_by", nullable = false)
    private Long invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PENDING;

    @Column(name = "accepted_user_id")
    private Long acceptedUserId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version private long version;

    protected Invitation() {}

    Invitation(
            String email,
            String displayName,
            Long organisationId,
            Long regionId,
            Role role,
            String language,
            Long invitedBy,
            Instant now,
            Instant expiresAt) {
        this.email = email;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.regionId = regionId;
        this.role = role;
        this.language = language;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.sentAt = now;
        this.expiresAt = expiresAt;
    }

    boolean isOpen(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    void resent(Instant now, Instant newExpiry) {
        this.sentAt = now;
        this.expiresAt = newExpiry;
    }

    void accepted(long userId, Instant now) {
        this.status = Status.ACCEPTED;
        this.acceptedUserId = userId;
        this.closedAt = now;
    }

    void withdrawn(Instant now) {
        this.status = Status.WITHDRAWN;
        this.closedAt = now;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    Long getRegionId() {
        return regionId;
    }

    Role getRole() {
        return role;
    }

    String getLanguage() {
        return language;
    }

    Long getInvitedBy() {
        return invitedBy;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Status getStatus() {
        return status;
    }
}
