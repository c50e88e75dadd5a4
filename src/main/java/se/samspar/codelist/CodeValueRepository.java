package se.samspar.codelist;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CodeValueRepository extends JpaRepository<CodeValue, Long> {

    @Query("select c from CodeValue c where c.listName = :list order by c.sortOrder, c.label")
    List<CodeValue> findByList(String list);

    boolean existsByListNameAndCode(String listName, String code);
}
