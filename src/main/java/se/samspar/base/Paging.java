package se.samspar.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging helpers shared by the services' list queries. */
public final class Paging {

    private Paging() {
    }

    /** The page as asked, or sorted by the given property when the caller chose no order. */
    public static Pageable sortedByDefault(Pageable pageable, String property) {
        if (pageable.isUnpaged() || pageable.getSort().isSorted()) {
            return pageable;
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(property));
    }
}
