package nl.brabant.regiotafel.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.export.AgendaEntry;
import nl.brabant.regiotafel.meeting.export.FeedEntry;
import nl.brabant.regiotafel.meeting.export.MeetingCalendarExporter;
import nl.brabant.regiotafel.meeting.export.MeetingDocument;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.AccountTokens;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.CurrentUser;
import nl.brabant.regiotafel.security.RegionScope;
import nl.brabant.regiotafel.security.TokenPurpose;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed: every meeting of the regions they may see now, as an
 * iCalendar subscription at a secret address. The address carries 256 random bits; only their
 * SHA-256 hash is kept (as {@link AccountTokens} keeps links), so it is shown once, when made. A
 * new address ends the old one; a revoked address, a disabled account or a forged token finds
 * nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CalendarFeedService {

    /** Long enough that a subscription does not lapse; revoking or renewing ends it earlier. */
    private static final Duration VALIDITY = Duration.ofDays(3650);

    /** Meetings that ended longer ago than this are left out of the feed. */
    private static final Duration HISTORY = Duration.ofDays(92);

    private static final int MAX_MEETINGS = 500;

    private final AccountTokens tokens;
    private final CurrentUser currentUser;
    private final AccessPolicy policy;
    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final MeetingCalendarExporter calendar;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeedService(
            AccountTokens tokens,
            CurrentUser currentUser,
            AccessPolicy policy,
            MeetingRepository meetings,
            AgendaItemRepository items,
            MeetingCalendarExporter calendar,
            Clock clock,
            @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.policy = policy;
        this.meetings = meetings;
        this.items = items;
        this.calendar = calendar;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** When the signed-in person's feed address was made; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> mineSince() {
        return tokens.openSince(TokenPurpose.CALENDAR_FEED, currentUser.require().id());
    }

    /** A new feed address for the signed-in person (shown once); an earlier one stops working. */
    public String renew() {
        String token =
                tokens.issue(TokenPurpose.CALENDAR_FEED, currentUser.require().id(), VALIDITY);
        return baseUrl + "/" + MeetingRoutes.calendarFeed(token);
    }

    /** Ends the signed-in person's feed address. */
    public void revoke() {
        tokens.revokeAll(TokenPurpose.CALENDAR_FEED, currentUser.require().id());
    }

    /**
     * The feed behind a token, for a calendar that asks without signing in: empty (the answer is
     * "not found") for an unknown, revoked or replaced token and for a disabled account.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        Optional<Long> owner =
                tokens.peek(TokenPurpose.CALENDAR_FEED, token)
                        .map(AccountTokens.Redeemed::subjectId)
                        .filter(policy::isEnabled);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        RegionScope scope = policy.regionsWhere(owner.get(), Action.VIEW_REGION_WORKSPACE);
        List<Meeting> visible =
                scope.everyRegion() || !scope.regionIds().isEmpty()
                        ? meetings.findForFeed(
                                scope.everyRegion(),
                                scope.everyRegion() ? List.of(-1L) : scope.regionIds(),
                                clock.instant().minus(HISTORY),
                                PageRequest.of(0, MAX_MEETINGS))
                        : List.of();
        ResourceBundle texts =
                ResourceBundle.getBundle("vaadin-i18n.translations", DateFormats.DUTCH);
        List<FeedEntry> entries =
                visible.stream()
                        .map(
                                m ->
                                        new FeedEntry(
                                                document(m, texts),
                                                MeetingInvitations.uid(m.getId()),
                                                baseUrl
                                                        + "/"
                                                        + MeetingRoutes.meeting(
                                                                m.getRegion().getCode(), m.getId()),
                                                m.getCalendarSequence()))
                        .toList();
        return Optional.of(calendar.feed(texts.getString("calendarFeed.name"), entries));
    }

    private MeetingDocument document(Meeting m, ResourceBundle texts) {
        List<AgendaItem> accepted =
                m.getStatus() == MeetingStatus.PLANNED
                        ? List.of()
                        : items.findByMeeting(m.getId()).stream()
                                .filter(i -> i.getStatus() == AgendaItemStatus.ACCEPTED)
                                .toList();
        List<AgendaEntry> agenda = new ArrayList<>();
        for (int n = 0; n < accepted.size(); n++) {
            agenda.add(
                    new AgendaEntry(
                            n + 1, null, 0, accepted.get(n).getTitle(), null, null, null, null));
        }
        return new MeetingDocument(
                m.getRegion().getName(),
                m.getTitle(),
                m.getSequenceLabel(),
                m.getStartsAt().atZone(ClockConfiguration.ZONE),
                m.getEndsAt().atZone(ClockConfiguration.ZONE),
                m.getLocation(),
                m.getOnlineLink(),
                texts.getString("meeting.status." + m.getStatus().name()),
                agenda,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
