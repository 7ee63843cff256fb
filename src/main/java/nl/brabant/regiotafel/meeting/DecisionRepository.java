package nl.brabant.regiotafel.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DecisionRepository extends JpaRepository<Decision, Long> {

    @Query("select d from Decision d where d.meeting.id = :meetingId order by d.number")
    List<Decision> findByMeeting(@Param("meetingId") Long meetingId);

    @Query("select coalesce(max(d.number), 0) from Decision d where d.meeting.id = :meetingId")
    int maxNumber(@Param("meetingId") Long meetingId);
}
