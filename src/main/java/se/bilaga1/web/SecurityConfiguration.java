package se.bilaga1.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may do what in the console: form login for everything but the health check; ANALYST may start a rebuild and
 * open a run's internal page (exact row accounting per file), VIEWER may read and download only; CSRF protection (Spring Security's default) on every form.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * The operator's endpoints, before the console's chain: the health check and its probes for anyone (components
     * and details only for a signed-in ANALYST or METRICS user), the Prometheus metrics for a METRICS user over HTTP
     * Basic (a scraper has no login form), nothing else.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(ConsoleUsers.Role.METRICS.name())
                        .anyRequest().denyAll())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // GET only, no session, no cookie: nothing for a forged request to ride
        return http.build();
    }

    /**
     * The console's pages allow nothing from elsewhere: scripts, styles and images from the app only, no inline script or
     * style, no framing, forms posting to the app only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http, ConsoleLogin login) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/logga-in", "/konsol.css", "/error").permitAll()
                .requestMatchers("/revision").hasRole(ConsoleUsers.Role.ANALYST.name())
                .requestMatchers("/ombyggnad", "/ombyggnad/**").hasRole(ConsoleUsers.Role.ANALYST.name())
                // exact row accounting per file (regional counts for the coordinators' files): analysts only
                .requestMatchers("/korningar/*/intern").hasRole(ConsoleUsers.Role.ANALYST.name())
                .requestMatchers(HttpMethod.POST, "/logga-ut").authenticated()
                .requestMatchers(HttpMethod.POST, "/**").hasRole(ConsoleUsers.Role.ANALYST.name())
                .anyRequest().hasAnyRole(ConsoleUsers.Role.ANALYST.name(), ConsoleUsers.Role.VIEWER.name()))
                .formLogin(form -> form.loginPage(ConsoleLogin.LOGIN_PAGE).successHandler(login.success())
                        .failureHandler(login.failure()).permitAll())
                .addFilterBefore(login.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(login.refused()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)))
                .logout(logout -> logout.logoutUrl("/logga-ut").logoutSuccessUrl("/logga-in?utloggad"));
        return http.build();
    }

    /** The least bcrypt cost a password hash may have: 2^12 rounds, about a quarter of a second per guess. */
    static final int MIN_BCRYPT_COST = 12;

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(MIN_BCRYPT_COST);
    }

    @Bean
    UserDetailsService consoleUsers(ConsoleUsers config) {
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < config.users().size(); i++) {
            ConsoleUsers.User u = config.users().get(i);
            String where = "bilaga1.web.users[" + i + "]";
            if (u.name() == null || u.name().isBlank() || u.role() == null) {
                throw new IllegalStateException(where + ": a user needs a name and a role (ANALYST or VIEWER)");
            }
            if (u.password() == null || !u.password().matches("\\$2[aby]?\\$\\d\\d\\$.{53}")) {
                throw new IllegalStateException(where + " (" + u.name() + "): the password must be a bcrypt hash, not the"
                        + " password itself; make one with: java -jar bilaga1.jar hash-password");
            }
            int cost = Integer.parseInt(u.password().substring(u.password().indexOf('$', 1) + 1,
                    u.password().indexOf('$', 1) + 3));
            if (cost < MIN_BCRYPT_COST) {
                throw new IllegalStateException(where + " (" + u.name() + "): the bcrypt hash has cost " + cost + "; at least "
                        + MIN_BCRYPT_COST + " is required (a weaker hash is quick to guess): make a new one with: java -jar"
                        + " bilaga1.jar hash-password");
            }
            users.add(User.withUsername(u.name()).password(u.password()).roles(u.role().name()).build());
        }
        if (users.isEmpty()) {
            log.warn("No console users configured (bilaga1.web.users): nobody can log in to the console");
        }
        return new InMemoryUserDetailsManager(users);
    }
}
