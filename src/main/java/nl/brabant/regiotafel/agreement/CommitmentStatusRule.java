package nl.brabant.regiotafel.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * DONE when the target is reached; LATE when the deadline passed without it; AT_RISK when the value
 * reached lags more than 20 percentage points behind the share of time gone by; else ON_TRACK.
 */
public final class CommitmentStatusRule {

    private static final BigDecimal MARGIN = new BigDecimal("0.20");

    private CommitmentStatusRule() {}

    public static CommitmentStatus status(
            BigDecimal target,
            BigDecimal reached,
            LocalDate start,
            LocalDate deadline,
            LocalDate today) {
        BigDecimal value = reached == null ? BigDecimal.ZERO : reached;
        if (target.signum() <= 0 || value.compareTo(target) >= 0) {
            return CommitmentStatus.DONE;
        }
        if (today.isAfter(deadline)) {
            return CommitmentStatus.LATE;
        }
        long total = Math.max(1, ChronoUnit.DAYS.between(start, deadline));
        long gone = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, today)));
        BigDecimal timeShare =
                BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        BigDecimal valueShare = value.divide(target, 4, RoundingMode.HALF_UP);
        return timeShare.subtract(valueShare).compareTo(MARGIN) > 0
                ? CommitmentStatus.AT_RISK
                : CommitmentStatus.ON_TRACK;
    }
}
