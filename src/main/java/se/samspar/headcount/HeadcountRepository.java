package se.samspar.headcount;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HeadcountRepository extends JpaRepository<Headcount, Long> {

    List<Headcount> findByProgrammeIdAndDateBetweenOrderByDateDesc(long programmeId, LocalDate from, LocalDate to);
}
