package se.samspar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request whose parameters cannot be decoded ({@code ?x=%zz}) with a plain 400 before
 * anything reads them. Tomcat throws on the first {@code getParameter} of such a request; left to
 * itself that reaches the container as a servlet failure, logged as an ERROR with a stack trace
 * and a message that quotes what the client sent. Multipart bodies are left alone: reading their
 * parameters here would consume an upload its handler reads itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // right after the security headers
class UnreadableParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableParametersFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParameterMap();
            } catch (IllegalStateException e) {
                log.info("Request with parameters that cannot be decoded refused: {}", e.getClass().getName());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().println("Adressen eller formul\u00e4ret inneh\u00e5ller tecken som inte g\u00e5r att l\u00e4sa.");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
