package se.bilaga1.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail: every login, failed login, lockout, download, rebuild started and refusal, as one row of
 * {@code audit_event} and one log line ({@code AUDIT event=… actor=… address=… what=…}). Who, when, from where and
 * what; never a case's data. What a caller passes is cut and stripped of line breaks, since a failed login's user name
 * is whatever was typed.
 */
@Component
public class AuditTrail {

    private static final Logger log = LoggerFactory.getLogger("se.bilaga1.audit");

    /** What happened. */
    public enum Event {
        LOGIN, LOGIN_FAILED, LOCKOUT, DOWNLOAD, REBUILD_STARTED, REFUSED
    }

    /** One entry, as the console lists it. */
    public record Entry(LocalDateTime at, Event event, String actor, String address, String what) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    public void record(Event event, String actor, String address, String what) {
        String a = clean(actor, 100);
        String ip = clean(address, 100);
        String w = clean(what, 500);
        jdbc.update("INSERT INTO audit_event (occurred_at, event, actor, address, what) VALUES (?,?,?,?,?)",
                Timestamp.valueOf(LocalDateTime.now(clock).withNano(0)), event.name(), a, ip, w);
        log.info("AUDIT event={} actor={} address={} what=\"{}\"", event, a, ip, w == null ? "" : w);
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> latest(int limit) {
        return jdbc.query("SELECT occurred_at, event, actor, address, what FROM audit_event ORDER BY id DESC"
                + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY", (rs, i) -> new Entry(
                        rs.getTimestamp(1).toLocalDateTime(), Event.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
    }

    /** Printable, on one line, at most {@code max} characters. */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return out.length() <= max ? out.toString() : out.substring(0, max - 1) + "…";
    }
}
