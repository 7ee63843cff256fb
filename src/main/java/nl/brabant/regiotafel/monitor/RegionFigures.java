package nl.brabant.regiotafel.monitor;

import java.time.Instant;

/**
 * One region's row on the dashboard. Agreement fields are null when the region has none. Commitment
 * counts are by derived status.
 */
public record RegionFigures(
        long regionId,
        String code,
        String name,
        int meetingsHeld,
        int meetingsPlanned,
        Instant nextMeeting,
        Long nextMeetingId,
        Long agreementId,
        String agreementStatus,
        String agreementScope,
        int adopted,
        int participating,
        int openActionItems,
        int overdueActionItems,
        int commitmentsOnTrack,
        int commitmentsAtRisk,
        int commitmentsLate,
        int commitmentsDone,
        Instant lastActivity) {}
