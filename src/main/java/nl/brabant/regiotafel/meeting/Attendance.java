package nl.brabant.regiotafel.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An invitee's answer (RSVP) and whether they were there. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
class Attendance {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Rsvp rsvp;

    private Boolean attended;

    protected Attendance() {}

    Attendance(Long meetingId, Long userId) {
        this.meetingId = meetingId;
        this.userId = userId;
    }

    Long getUserId() {
        return userId;
    }

    Rsvp getRsvp() {
        return rsvp;
    }

    void setRsvp(Rsvp rsvp) {
        this.rsvp = rsvp;
    }

    Boolean getAttended() {
        return attended;
    }

    void setAttended(Boolean attended) {
        this.attended = attended;
    }

    static class Key implements Serializable {
        private Long meetingId;
        private Long userId;

        protected Key() {}

        Key(Long meetingId, Long userId) {
            this.meetingId = meetingId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(k.meetingId, meetingId)
                    && Objects.equals(k.userId, userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, userId);
        }
    }
}
