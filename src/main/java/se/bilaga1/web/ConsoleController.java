package se.bilaga1.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.bilaga1.publish.Publisher;
import se.bilaga1.jobs.AuditTrail;
import se.bilaga1.publish.DisclosureBoundary;
import se.bilaga1.warehouse.RuleResult;
import se.bilaga1.support.Bilaga1Properties;

/**
 * The analysts' console, in Swedish: the runs, one run in detail, the snapshots with their files, and the form
 * that starts a rebuild. Server-rendered; a page of a run under way reloads itself until the run ends.
 */
@Controller
public class ConsoleController {

    static final int RUNS_SHOWN = 50;

    private final ConsoleQueries queries;
    private final ConsoleRebuilds rebuilds;
    private final DisclosureBoundary boundary;
    private final Path output;
    private final AuditTrail audit;

    /** How many audit entries the console's page lists. */
    static final int AUDIT_ENTRIES_SHOWN = 200;

    public ConsoleController(ConsoleQueries queries, ConsoleRebuilds rebuilds, DisclosureBoundary boundary,
            Bilaga1Properties properties, AuditTrail audit) {
        this.audit = audit;
        this.queries = queries;
        this.rebuilds = rebuilds;
        this.boundary = boundary;
        this.output = properties.output();
    }

    @GetMapping("/logga-in")
    public String login() {
        return "logga-in";
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/korningar";
    }

    @GetMapping("/korningar")
    public String runs(Model model, Authentication user) {
        List<ConsoleQueries.RunRow> runs = queries.runs(RUNS_SHOWN).stream()
                .map(r -> r.withRows(boundary.rowsOfRun(queries.executionsOfInstance(r.id())))).toList();
        model.addAttribute("runs", runs);
        model.addAttribute("anyRunning", runs.stream().anyMatch(ConsoleQueries.RunRow::running));
        return page(model, user, "korningar");
    }

    @GetMapping("/korningar/{id}")
    public String run(@PathVariable long id, Model model, Authentication user) {
        List<Long> executions = queries.executionsOfInstance(id);
        ConsoleQueries.RunRow run = queries.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Ingen körning " + id)).withRows(boundary.rowsOfRun(executions));
        List<RuleResult> rules = boundary.rulesOfRun(executions);
        model.addAttribute("run", run);
        model.addAttribute("steps", queries.steps(id));
        model.addAttribute("changes", queries.changes(executions));
        model.addAttribute("files", boundary.filesOfRun(executions));
        model.addAttribute("quarantine", boundary.quarantineOfRun(executions));
        model.addAttribute("quarantineShown", DisclosureBoundary.QUARANTINE_ROWS_SHOWN);
        model.addAttribute("findings", rules.stream().filter(r -> r.status() != RuleResult.Status.OK).toList());
        model.addAttribute("rulesOk", rules.stream().filter(r -> r.status() == RuleResult.Status.OK).toList());
        return page(model, user, "korning");
    }

    /**
     * Internal (only an ANALYST may open it, see {@link SecurityConfiguration}): the run's exact row accounting per file,
     * its steps' exact counts and where its quarantined cells are; never a case row, key or value.
     */
    @GetMapping("/korningar/{id}/intern")
    public String internal(@PathVariable long id, Model model, Authentication user) {
        ConsoleQueries.RunRow run = queries.run(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Ingen körning " + id));
        List<Long> executions = queries.executionsOfInstance(id);
        model.addAttribute("run", run);
        model.addAttribute("steps", queries.steps(id));
        model.addAttribute("files", boundary.internalFilesOfRun(executions));
        model.addAttribute("quarantine", boundary.internalQuarantineOfRun(executions));
        model.addAttribute("quarantineShown", DisclosureBoundary.QUARANTINE_ROWS_SHOWN);
        return page(model, user, "korning-intern");
    }

    @GetMapping("/ogonblicksbilder")
    public String snapshots(Model model, Authentication user) {
        Map<Integer, List<Map<String, Object>>> perYear = new LinkedHashMap<>();
        for (ConsoleQueries.SnapshotRow s : queries.snapshots()) {
            List<String> files = new ArrayList<>();
            for (String name : Publisher.fileNames(s.reportYear())) {
                if (Files.isRegularFile(Publisher.archiveDir(output, s.reportYear(), s.number()).resolve(name))) {
                    files.add(name);
                }
            }
            perYear.computeIfAbsent(s.reportYear(), y -> new ArrayList<>()).add(Map.of("s", s, "files", files));
        }
        model.addAttribute("perYear", perYear);
        return page(model, user, "ogonblicksbilder");
    }

    /** The audit trail's newest entries (ANALYST only). */
    @GetMapping("/revision")
    public String auditTrail(Model model, Authentication user) {
        model.addAttribute("entries", audit.latest(AUDIT_ENTRIES_SHOWN));
        return page(model, user, "revision");
    }

    @GetMapping("/ogonblicksbilder/{year}/{number}/{file}")
    public ResponseEntity<FileSystemResource> download(@PathVariable int year, @PathVariable int number,
            @PathVariable String file, Principal who, jakarta.servlet.http.HttpServletRequest request) throws IOException {
        // only the files of the output contract, by exact name: never a path from the request
        if (!Publisher.fileNames(year).contains(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Path path = Publisher.archiveDir(output, year, number).resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(AuditTrail.Event.DOWNLOAD, who == null ? null : who.getName(), request.getRemoteAddr(),
                "ögonblicksbild " + year + " nr " + number + ": " + file);
        MediaType type = file.endsWith(".xlsx")
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", file.endsWith(".md") ? "markdown" : "csv", java.nio.charset.StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type).contentLength(Files.size(path))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(new FileSystemResource(path));
    }

    @GetMapping("/ombyggnad")
    public String rebuildForm(Model model, Authentication user) {
        model.addAttribute("year", LocalDate.now().getYear() - 1);
        return page(model, user, "ombyggnad");
    }

    @PostMapping("/ombyggnad")
    public String rebuild(@RequestParam int year, @RequestParam(defaultValue = "false") boolean force,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, Authentication user, Principal who,
            jakarta.servlet.http.HttpServletRequest request) throws InterruptedException {
        model.addAttribute("year", year);
        if (year < 2000 || year > 2100) {
            model.addAttribute("error", "Rapportåret ska vara ett år mellan 2000 och 2100.");
            return page(model, user, "ombyggnad");
        }
        if (force && !confirmed) {
            // --force replaces the year's snapshot as the current one: ask once more, on a page of its own
            model.addAttribute("confirmForce", true);
            return page(model, user, "ombyggnad");
        }
        audit.record(AuditTrail.Event.REBUILD_STARTED, who.getName(), request.getRemoteAddr(), "ombyggnad " + year
                + (force ? " --force" : ""));
        ConsoleRebuilds.Started started = rebuilds.start(year, force, who.getName());
        if (started.runId() != null) {
            return "redirect:/korningar/" + started.runId();
        }
        model.addAttribute("error", started.refusal() == null
                ? "Ombyggnaden har inte startat ännu; se listan över körningar." : "Ombyggnaden startades inte: "
                        + started.refusal());
        return page(model, user, "ombyggnad");
    }

    private static String page(Model model, Authentication user, String view) {
        model.addAttribute("user", user == null ? "" : user.getName());
        model.addAttribute("analyst", user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + ConsoleUsers.Role.ANALYST.name())));
        return view;
    }
}
