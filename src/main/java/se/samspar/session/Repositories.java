package se.samspar.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoomRepository extends JpaRepository<Room, Long> {
    List<Room> findAllByOrderByName();

    boolean existsByNameIgnoreCase(String name);
}

interface InterpreterRepository extends JpaRepository<Interpreter, Long> {
    List<Interpreter> findAllByOrderByName();
}

/* Views read the leaders after the transaction: every finder loads them with the group. */
interface GroupRepository extends JpaRepository<Group, Long> {
    @EntityGraph(attributePaths = "leaderIds")
    List<Group> findByProgrammeIdInOrderByStartDateDesc(Collection<Long> programmeIds);

    @Override
    @EntityGraph(attributePaths = "leaderIds")
    Optional<Group> findById(Long id);

    @Override
    @EntityGraph(attributePaths = "leaderIds")
    List<Group> findAllById(Iterable<Long> ids);
}

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {
    List<GroupMember> findByGroupIdOrderById(long groupId);

    Optional<GroupMember> findByGroupIdAndEnrolmentId(long groupId, long enrolmentId);

    List<GroupMember> findByEnrolmentIdIn(Collection<Long> enrolmentIds);
}

interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {
    @EntityGraph(attributePaths = "leaderIds")
    List<GroupSession> findByGroupIdOrderByDateAscStartAsc(long groupId);

    @Override
    @EntityGraph(attributePaths = "leaderIds")
    Optional<GroupSession> findById(Long id);

    @EntityGraph(attributePaths = "leaderIds")
    @Query("select s from GroupSession s where s.date between :from and :to and s.cancelled = false")
    List<GroupSession> findHeldBetween(LocalDate from, LocalDate to);

    @EntityGraph(attributePaths = "leaderIds")
    @Query("""
            select s from GroupSession s where s.date between :from and :to
              and s.groupId in (select g.id from Group g where g.programmeId in :programmeIds)
            order by s.date, s.start""")
    List<GroupSession> findInProgrammes(LocalDate from, LocalDate to, Collection<Long> programmeIds);

    @Query("select max(s.number) from GroupSession s where s.groupId = :groupId")
    Optional<Integer> findLastNumber(long groupId);
}
