package se.samspar.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the logged-in user on every request, so that an administrator's change applies at once:
 * a disabled or removed user is logged out; a user who must change their password or give the
 * second factor gets only that step's authority for the request, and a page load elsewhere is
 * sent to the step's page.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private final AppUserRepository users;

    AccountStateFilter(AppUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication auth = strategy.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AppUserRepository.AccountState> state = users.findStateByUsername(auth.getName());
        if (state.isEmpty() || !state.get().isEnabled()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            strategy.clearContext();
            chain.doFilter(request, response);
            return;
        }
        String step = pendingStep(state.get(), request.getSession(false));
        if (step != null) {
            SecurityContext restricted = strategy.createEmptyContext();
            restricted.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null,
                    List.of(new SimpleGrantedAuthority(step))));
            strategy.setContext(restricted);
            String route = step.equals(AccountStep.ROLE_SECOND_FACTOR)
                    ? AccountStep.SECOND_FACTOR_ROUTE : AccountStep.PASSWORD_CHANGE_ROUTE;
            if (isPageLoadElsewhere(request, route)) {
                response.sendRedirect(request.getContextPath() + "/" + route);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String pendingStep(AppUserRepository.AccountState state, @Nullable HttpSession session) {
        if (state.isSecondFactor()
                && (session == null || !Boolean.TRUE.equals(session.getAttribute(AccountStep.SECOND_FACTOR_DONE)))) {
            return AccountStep.ROLE_SECOND_FACTOR;
        }
        return state.isMustChangePassword() ? AccountStep.ROLE_PASSWORD_CHANGE : null;
    }

    /** A browser loading a page (not Vaadin's own requests, not files) other than the step's. */
    private static boolean isPageLoadElsewhere(HttpServletRequest request, String route) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getParameter("v-r") == null
                && accept != null && accept.contains("text/html")
                && !path.equals("/" + route) && !path.startsWith("/VAADIN/") && !path.equals("/login")
                && !path.equals("/logout");
    }
}
