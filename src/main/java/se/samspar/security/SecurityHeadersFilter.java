package se.samspar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on every response, pages Vaadin serves outside Spring Security's chain
 * (the login page, static files) included. Vaadin's own frame option is not let through. Only
 * the files the app serves from memory (a report's PDF for the preview) may be framed, and only
 * by the app's own pages.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * What the browser may load and run. Vaadin's client engine needs inline and evaluated
     * scripts and inline styles (see Vaadin's "Content Security Policy"); everything else is
     * limited to the app's own origin, and no one may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /**
     * Files the app serves from memory (a report's PDF): shown inside the app's own page (the
     * preview), so framed by the same origin only, and nothing else to allow.
     */
    static final String DYNAMIC_RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'self'";
    static final String DYNAMIC_RESOURCES = "/VAADIN/dynamic/";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final String FRAME_OPTIONS = "X-Frame-Options";

    /**
     * Sets the headers on a response; also used for the error pages Tomcat writes itself, before
     * any filter runs ({@link ErrorPageHeaders}).
     */
    static void set(HttpServletResponse response, boolean dynamic, boolean secure) {
        response.setHeader("Content-Security-Policy", dynamic ? DYNAMIC_RESOURCE_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader(FRAME_OPTIONS, dynamic ? "SAMEORIGIN" : "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (secure) {
            // Only over TLS (behind a proxy: server.forward-headers-strategy tells Tomcat it was).
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean dynamic = request.getRequestURI().startsWith(request.getContextPath() + DYNAMIC_RESOURCES);
        set(response, dynamic, request.isSecure());
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!FRAME_OPTIONS.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
