package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CommitmentStatusRuleTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private static CommitmentStatus status(String reached, LocalDate today) {
        return CommitmentStatusRule.status(
                new BigDecimal("100"), new BigDecimal(reached), START, DEADLINE, today);
    }

    @Test
    void reachingTheTargetIsDoneEvenAfterTheDeadline() {
        assertThat(status("100", LocalDate.of(2027, 3, 1))).isEqualTo(CommitmentStatus.DONE);
        assertThat(status("120", LocalDate.of(2026, 2, 1))).isEqualTo(CommitmentStatus.DONE);
    }

    @Test
    void aPassedDeadlineWithoutTheTargetIsLate() {
        assertThat(status("99", LocalDate.of(2027, 1, 1))).isEqualTo(CommitmentStatus.LATE);
    }

    @Test
    void laggingMoreThanTwentyPointsBehindTheTimeIsAtRisk() {
        // Half the year gone: 30 reached lags 20 points (on track), 25 lags more (at risk).
        LocalDate midYear = LocalDate.of(2026, 7, 2);
        assertThat(status("31", midYear)).isEqualTo(CommitmentStatus.ON_TRACK);
        assertThat(status("25", midYear)).isEqualTo(CommitmentStatus.AT_RISK);
        assertThat(status("0", LocalDate.of(2026, 1, 10))).isEqualTo(CommitmentStatus.ON_TRACK);
    }
}
