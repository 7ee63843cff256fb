package nl.brabant.regiotafel.agreement;

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
import java.util.HashSet;
import java.util.Set;
import nl.brabant.regiotafel.region.Region;
import nl.brabant.regiotafel.region.Theme;

/** A region's agreement document. Its revision counter numbers every save. */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AgreementScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "revision_count", nullable = false)
    private long revisionCount;

    @Column(name = "frozen_version_id")
    private Long frozenVersionId;

    @Column(name = "predecessor_id")
    private Long predecessorId;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_theme", joinColumns = @JoinColumn(name = "agreement_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "theme", length = 32)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            name = "agreement_municipality",
            joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "municipality_id")
    private Set<Long> municipalityIds = new HashSet<>();

    @Version private long version;

    protected Agreement() {}

    Agreement(
            Region region,
            String title,
            AgreementScope scope,
            Set<Theme> themes,
            Set<Long> municipalityIds,
            Long createdBy,
            Long predecessorId) {
        this.region = region;
        this.title = title;
        this.scope = scope;
        this.themes.addAll(themes);
        this.municipalityIds.addAll(municipalityIds);
        this.createdBy = createdBy;
        this.predecessorId = predecessorId;
    }

    long nextRevisionNumber() {
        return ++revisionCount;
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

    AgreementScope getScope() {
        return scope;
    }

    AgreementStatus getStatus() {
        return status;
    }

    void setStatus(AgreementStatus status) {
        this.status = status;
    }

    long getRevisionCount() {
        return revisionCount;
    }

    Long getFrozenVersionId() {
        return frozenVersionId;
    }

    void setFrozenVersionId(Long id) {
        this.frozenVersionId = id;
    }

    Long getPredecessorId() {
        return predecessorId;
    }

    Set<Theme> getThemes() {
        return themes;
    }

    Set<Long> getMunicipalityIds() {
        return municipalityIds;
    }

    long getVersion() {
        return version;
    }
}
