package se.samspar.programme;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    @Query("select p from Programme p where lower(p.name) like lower(concat('%', :filter, '%'))")
    Slice<Programme> findByNameContaining(String filter, Pageable pageable);

    @Query("select p from Programme p where p.id in :ids and lower(p.name) like lower(concat('%', :filter, '%'))")
    Slice<Programme> findByIdInAndNameContaining(Collection<Long> ids, String filter, Pageable pageable);

    List<Programme> findAllByOrderByNameAsc();

    List<Programme> findByIdInOrderByNameAsc(Collection<Long> ids);
}
