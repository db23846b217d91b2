package se.bilaga1.web;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.bilaga1.jobs.AuditTrail;

/**
 * The console's login as the security review wants it: a locked-out name or address is refused before its password
 * is tried ({@link LoginThrottle}); every login, failed login, lockout and refused request goes to the audit trail;
 * the messages never tell whether the name or the password was wrong.
 */
@Component
class ConsoleLogin {

    static final String LOGIN_PAGE = "/logga-in";
    static final String FAILED = LOGIN_PAGE + "?error";
    static final String LOCKED = LOGIN_PAGE + "?sparrad";

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    ConsoleLogin(LoginThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    /** Before the login form is processed: a locked-out name or address gets the lockout page, no password tried. */
    OncePerRequestFilter throttleFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("POST".equals(request.getMethod())
                        && LOGIN_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
                    String user = request.getParameter("username");
                    if (throttle.locked(user, request.getRemoteAddr())) {
                        audit.record(AuditTrail.Event.LOGIN_FAILED, user, request.getRemoteAddr(), "utelåst: inget lösenord prövat");
                        response.sendRedirect(request.getContextPath() + LOCKED);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationSuccessHandler success() {
        SimpleUrlAuthenticationSuccessHandler then = new SimpleUrlAuthenticationSuccessHandler("/korningar");
        then.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            throttle.succeeded(authentication.getName(), request.getRemoteAddr());
            audit.record(AuditTrail.Event.LOGIN, authentication.getName(), request.getRemoteAddr(), "inloggad");
            then.onAuthenticationSuccess(request, response, authentication);
        };
    }

    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String user = request.getParameter("username");
            boolean locked = throttle.failed(user, request.getRemoteAddr());
            audit.record(AuditTrail.Event.LOGIN_FAILED, user, request.getRemoteAddr(), "fel namn eller lösenord");
            if (locked) {
                audit.record(AuditTrail.Event.LOCKOUT, user, request.getRemoteAddr(), "för många misslyckade inloggningar");
            }
            response.sendRedirect(request.getContextPath() + (locked ? LOCKED : FAILED));
        };
    }

    AccessDeniedHandler refused() {
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
            Authentication who = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            audit.record(AuditTrail.Event.REFUSED, who == null ? null : who.getName(), request.getRemoteAddr(),
                    request.getMethod() + " " + request.getRequestURI());
            forbidden.handle(request, response, e);
        };
    }
}
