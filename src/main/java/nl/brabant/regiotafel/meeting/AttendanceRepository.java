package nl.brabant.regiotafel.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    @Query("select a from Attendance a where a.meetingId = :meetingId")
    List<Attendance> findByMeeting(@Param("meetingId") Long meetingId);

    @Query("select a from Attendance a where a.meetingId = :meetingId and a.userId = :userId")
    Optional<Attendance> find(@Param("meetingId") Long meetingId, @Param("userId") Long userId);
}
