package nl.brabant.regiotafel.meeting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    @Query("select a from Attachment a where a.agendaItem.meeting.id = :meetingId order by a.id")
    List<Attachment> findByMeeting(@Param("meetingId") Long meetingId);
}
