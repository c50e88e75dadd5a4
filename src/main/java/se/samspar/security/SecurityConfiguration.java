package se.samspar.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import se.samspar.security.ui.LoginView;

/**
 * Form login through the Swedish login view. Every view declares the roles it allows with
 * {@code @RolesAllowed}, checked by Vaadin's navigation access control; every service method with
 * {@code @Secured}, checked by Spring's method security. (JSR-250 method security is left off on
 * purpose: it would proxy the views, whose class annotations it would take for its own.)
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfiguration {

    /**
     * The report endpoint for scheduled runs ({@code /api/**}): HTTP Basic with a user's own
     * password, no session, and the same account checks as the app, so that an account with a
     * second factor or a password to change gets no further than its pending step.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, AppUserRepository users) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // Answered here: the container's error page would send a script to the login form.
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Samspår\", charset=\"UTF-8\"");
                    response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().println("Inloggning krävs: användarnamn och lösenord (HTTP Basic).");
                }))
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        http.addFilterBefore(new AccountStateFilter(users), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AppUserRepository users) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/styles/**", "/images/**").permitAll());
        http.addFilterBefore(new AccountStateFilter(users), AuthorizationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Password login against the database, behind the growing delays of {@link LoginThrottle}. */
    @Bean
    ThrottledAuthenticationProvider authenticationProvider(DatabaseUserDetailsService userDetails,
                                                           PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** Security headers on every response, before any other filter (see {@link SecurityHeadersFilter}). */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new SecurityHeadersFilter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Delegating encoder: bcrypt today, and hashes of older or newer schemes keep working. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
