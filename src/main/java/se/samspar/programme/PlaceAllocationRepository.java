package se.samspar.programme;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlaceAllocationRepository extends JpaRepository<PlaceAllocation, Long> {

    @Query("select a from PlaceAllocation a where a.programme.id = :programmeId order by a.validFrom desc, a.kind")
    List<PlaceAllocation> findByProgramme(long programmeId);

    @Query("select a from PlaceAllocation a join fetch a.programme where a.programme.id in :programmeIds")
    List<PlaceAllocation> findByProgrammeIds(Collection<Long> programmeIds);
}
